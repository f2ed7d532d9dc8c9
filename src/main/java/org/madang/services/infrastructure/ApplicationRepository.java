package org.madang.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.ApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Applications in the database, and the per-day counter that numbers their receipts. */
@ApplicationScoped
public class ApplicationRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public void add(Application a) {
        em.persist(a);
        em.flush(); // the id, and the unique draft key checked now rather than at commit
    }

    /** Writes pending changes now, so generated ids are known. */
    public void flush() {
        em.flush();
    }

    public Application byId(long id) {
        return em.find(Application.class, id);
    }

    /** By receipt number or, for a draft (or a page that still holds it), by draft key. */
    public Optional<Application> findByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<ApplicationNumber> number = ApplicationNumber.tryParse(reference);
        TypedQuery<Application> q = number.isPresent()
                ? em.createQuery("select a from Application a where a.number = :n", Application.class)
                .setParameter("n", number.get().toString())
                : em.createQuery("select a from Application a where a.draftKey = :k", Application.class)
                .setParameter("k", reference.strip());
        return q.getResultStream().findFirst();
    }

    /**
     * When the applicant's application (by receipt number or draft key) last changed, with its
     * status: one indexed row, no entity loaded. Empty if there is no such application of theirs.
     */
    public Optional<String> changeStampOf(String reference, long applicantId) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<ApplicationNumber> number = ApplicationNumber.tryParse(reference);
        String where = number.isPresent() ? "a.number = :r" : "a.draftKey = :r";
        return em.createQuery("select concat(a.id, '.', a.status, '.', a.updatedAt) from Application a where " + where
                        + " and a.applicantId = :me", String.class)
                .setParameter("r", number.map(ApplicationNumber::toString).orElse(reference.strip()))
                .setParameter("me", applicantId)
                .getResultStream().findFirst();
    }

    public List<Application> ofApplicant(long accountId) {
        return em.createQuery("select a from Application a where a.applicantId = :me order by a.createdAt desc, a.id desc",
                Application.class).setParameter("me", accountId).setMaxResults(500).getResultList();
    }

    /**
     * A department's queue: the given statuses, optionally one service, one officer's cases, or
     * only those past their due date (a stopped clock counts as of the moment it stopped), sorted by
     * due date, the most urgent first.
     */
    public List<Application> queue(long departmentId, Collection<ApplicationStatus> statuses, Long serviceId,
                                   Long assigneeId, boolean overdueOnly, Instant now, int max) {
        StringBuilder jpql = new StringBuilder(
                "select a from Application a where a.assignment.departmentId = :d and a.status in :s");
        if (serviceId != null) {
            jpql.append(" and a.serviceId = :service");
        }
        if (assigneeId != null) {
            jpql.append(" and a.assignment.assigneeId = :officer");
        }
        if (overdueOnly) {
            jpql.append(" and ((a.deadline.pausedAt is null and a.deadline.dueAt < :now)"
                    + " or (a.deadline.pausedAt is not null and a.deadline.dueAt < a.deadline.pausedAt))");
        }
        jpql.append(" order by a.deadline.dueAt asc nulls last, a.id asc");
        TypedQuery<Application> q = em.createQuery(jpql.toString(), Application.class)
                .setParameter("d", departmentId).setParameter("s", statuses).setMaxResults(max);
        if (serviceId != null) {
            q.setParameter("service", serviceId);
        }
        if (assigneeId != null) {
            q.setParameter("officer", assigneeId);
        }
        if (overdueOnly) {
            q.setParameter("now", now);
        }
        return q.getResultList();
    }

    /**
     * The next receipt number of a day. One atomic upsert: concurrent submissions queue on the
     * day's row until commit, so two applications can never share a number, and a rolled-back
     * submission gives its number back.
     */
    public ApplicationNumber nextNumber(LocalDate day) {
        Number n = (Number) em.createNativeQuery("insert into application_receipt_counter (day, last_value) "
                        + "values (?1, 1) on conflict (day) do update "
                        + "set last_value = application_receipt_counter.last_value + 1 returning last_value")
                .setParameter(1, day).getSingleResult();
        return ApplicationNumber.of(day, n.longValue());
    }

    /** The next serial of one register (kind, office prefix, year; year 0 for numbers without one). */
    public long nextRegistrationSerial(String kind, String prefix, int year) {
        Number n = (Number) em.createNativeQuery("insert into services_registration_counter (kind, prefix, year, "
                        + "last_value) values (?1, ?2, ?3, 1) on conflict (kind, prefix, year) do update "
                        + "set last_value = services_registration_counter.last_value + 1 returning last_value")
                .setParameter(1, kind).setParameter(2, prefix).setParameter(3, year).getSingleResult();
        return n.longValue();
    }

    /**
     * The columns the performance indicators count, for a page of applications after {@code afterId}
     * (in id order): id, service, department, status, created, period unit and amount, received,
     * ended (decision, or the withdrawal's step), due, paused, paused minutes, extended, supplement asked.
     */
    public long count() {
        return em.createQuery("select count(a) from Application a", Long.class).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> factRows(long afterId, int limit) {
        return em.createNativeQuery("select a.id, a.service_id, a.department_id, a.status, a.created_at, a.period_unit, "
                        + "a.period_amount, a.received_at, coalesce(a.decided_at, (select max(s.at) from application_step s "
                        + "where s.application_id = a.id and s.kind in ('WITHDRAWN', 'PREREQUISITE_FAILED'))), a.due_at, "
                        + "a.paused_at, a.paused_minutes, a.extended_by is not null, exists (select 1 from application_step s "
                        + "where s.application_id = a.id and s.kind = 'SUPPLEMENT_REQUESTED') "
                        + "from application a where a.id > ?1 order by a.id")
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
    }
}
