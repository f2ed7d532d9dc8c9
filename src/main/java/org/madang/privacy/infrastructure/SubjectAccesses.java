package org.madang.privacy.infrastructure;

import org.madang.privacy.domain.AccessEmbargo;
import org.madang.privacy.domain.AccessLogEntry;
import org.madang.privacy.domain.SubjectAccessFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The access log as one citizen sees it: reads of their data, minus those under an active embargo,
 * which are only counted.
 */
@ApplicationScoped
public class SubjectAccesses {
    /** An entry under an embargo that has neither lifted nor run out is held back. */
    private static final String EMBARGOED = "exists (select b.id from AccessEmbargo b where b.accessSequence ="
            + " e.sequence and b.liftedAt is null and b.liftsAt > :now)";

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** One page of the visible reads the filter selects, newest first. */
    public List<AccessLogEntry> visible(SubjectAccessFilter filter, Instant now, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, params);
        if (where == null) {
            return List.of();
        }
        TypedQuery<AccessLogEntry> q = em.createQuery("select e from AccessLogEntry e" + where
                + " order by e.sequence desc", AccessLogEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countVisible(SubjectAccessFilter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, params);
        if (where == null) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(e) from AccessLogEntry e" + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Every visible read of the citizen's data, newest first (for "download my data"). */
    public List<AccessLogEntry> allVisible(long subject, Instant now) {
        return em.createQuery("select e from AccessLogEntry e where e.subjectAccountId = :s and not " + EMBARGOED
                        + " order by e.sequence desc", AccessLogEntry.class)
                .setParameter("s", subject).setParameter("now", now).getResultList();
    }

    /** How many reads of the citizen's data are held back now. */
    public long countEmbargoed(long subject, Instant now) {
        return em.createQuery("select count(e) from AccessLogEntry e where e.subjectAccountId = :s and " + EMBARGOED,
                        Long.class)
                .setParameter("s", subject).setParameter("now", now).getSingleResult();
    }

    /** The departments (null: none, a portal administrator) whose people read the citizen's data. */
    public List<Long> departmentsSeen(long subject, Instant now) {
        return em.createQuery("select distinct e.actorDepartmentId from AccessLogEntry e where e.subjectAccountId = :s"
                        + " and not " + EMBARGOED, Long.class)
                .setParameter("s", subject).setParameter("now", now).getResultList();
    }

    /** The entry, if it is about this citizen and not held back. */
    public java.util.Optional<AccessLogEntry> visibleEntry(long subject, long sequence, Instant now) {
        return em.createQuery("select e from AccessLogEntry e where e.sequence = :q and e.subjectAccountId = :s"
                        + " and not " + EMBARGOED, AccessLogEntry.class)
                .setParameter("q", sequence).setParameter("s", subject).setParameter("now", now)
                .getResultStream().findFirst();
    }

    public boolean isEmbargoed(long sequence, Instant now) {
        return em.createQuery("select count(e) from AccessLogEntry e where e.sequence = :q and " + EMBARGOED,
                Long.class).setParameter("q", sequence).setParameter("now", now).getSingleResult() > 0;
    }

    /** The where clause, or null when the filter can match nothing (an agency with no departments here). */
    private static String where(SubjectAccessFilter f, Instant now, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where e.subjectAccountId = :subject and not ").append(EMBARGOED);
        params.put("subject", f.subjectAccountId());
        params.put("now", now);
        if (f.from() != null) {
            w.append(" and e.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.until() != null) {
            w.append(" and e.occurredAt < :until");
            params.put("until", f.until());
        }
        if (f.byAgency()) {
            boolean someDepartments = f.departmentIds() != null && !f.departmentIds().isEmpty();
            if (!someDepartments && !f.withoutDepartment()) {
                return null;
            }
            if (someDepartments && f.withoutDepartment()) {
                w.append(" and (e.actorDepartmentId in :departments or e.actorDepartmentId is null)");
            } else if (someDepartments) {
                w.append(" and e.actorDepartmentId in :departments");
            } else {
                w.append(" and e.actorDepartmentId is null");
            }
            if (someDepartments) {
                params.put("departments", f.departmentIds());
            }
        }
        return w.toString();
    }
}
