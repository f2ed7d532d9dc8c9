package org.madang.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The claimed slots of scheduled work (platform_scheduled_run); every call joins the caller's transaction. */
@ApplicationScoped
public class ScheduledRuns {
    /** How long a claimed slot is remembered: longer than any catch-up looks back (a day). */
    static final Duration KEPT = Duration.ofDays(2);

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /**
     * Claims the slot for the rest of the transaction; false when another instance runs this job at
     * the moment (a transaction-scoped advisory lock, so no claim ever waits for another) or the slot
     * was run already. Forgets the job's slots older than {@link #KEPT}.
     */
    public boolean claim(String job, Instant slot, String instance, Instant now) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('madang scheduled ' || :job))")
                .setParameter("job", job).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        em.createNativeQuery("delete from platform_scheduled_run where job = :job and slot < :old")
                .setParameter("job", job).setParameter("old", slot.minus(KEPT)).executeUpdate();
        int inserted = em.createNativeQuery("insert into platform_scheduled_run (job, slot, instance, started_at) "
                        + "values (:job, :slot, :instance, :now) on conflict (job, slot) do nothing")
                .setParameter("job", job).setParameter("slot", slot).setParameter("instance", instance)
                .setParameter("now", now).executeUpdate();
        return inserted == 1;
    }

    /** The instance whose run of the slot committed, if one did. */
    public Optional<String> ranBy(String job, Instant slot) {
        return em.createNativeQuery("select instance from platform_scheduled_run where job = :job and slot = :slot")
                .setParameter("job", job).setParameter("slot", slot)
                .getResultStream().findFirst().map(String::valueOf);
    }
}
