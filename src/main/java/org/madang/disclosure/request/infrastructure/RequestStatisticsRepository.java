package org.madang.disclosure.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.ObjectionOutcome;
import org.madang.disclosure.request.domain.RequestShare;
import org.madang.disclosure.request.domain.RequestStatus;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjLongConsumer;

/** The statistics per department (table disclosure_request_statistics): changed by differences, read whole. */
@ApplicationScoped
public class RequestStatisticsRepository {
    private static final String COLUMNS = "requests, decided_on_time, decided_late, overdue_now, disclosed, partly, "
            + "refused, not_held, objections, objections_upheld";

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** One department's line. */
    public record Line(long departmentId, RequestShare counts) {
    }

    /**
     * Adds each department's change (one upsert per department, in ascending order so two
     * transactions lock the rows in the same order and wait rather than deadlock).
     */
    public void add(Map<Long, RequestShare> delta) {
        new TreeMap<>(delta).forEach((department, d) -> em.createNativeQuery("insert into disclosure_request_statistics as s "
                        + "(department_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                        + "on conflict (department_id) do update set requests = s.requests + excluded.requests, "
                        + "decided_on_time = s.decided_on_time + excluded.decided_on_time, "
                        + "decided_late = s.decided_late + excluded.decided_late, "
                        + "overdue_now = s.overdue_now + excluded.overdue_now, disclosed = s.disclosed + excluded.disclosed, "
                        + "partly = s.partly + excluded.partly, refused = s.refused + excluded.refused, "
                        + "not_held = s.not_held + excluded.not_held, objections = s.objections + excluded.objections, "
                        + "objections_upheld = s.objections_upheld + excluded.objections_upheld")
                .setParameter(1, department).setParameter(2, d.requests()).setParameter(3, d.decidedOnTime())
                .setParameter(4, d.decidedLate()).setParameter(5, d.overdueNow()).setParameter(6, d.disclosed())
                .setParameter(7, d.partly()).setParameter(8, d.refused()).setParameter(9, d.notHeld())
                .setParameter(10, d.objections()).setParameter(11, d.objectionsUpheld()).executeUpdate());
    }

    public List<Line> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select department_id, " + COLUMNS
                + " from disclosure_request_statistics where requests <> 0 order by department_id").getResultList();
        return rows.stream().map(r -> new Line(n(r[0]), new RequestShare(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]),
                n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10])))).toList();
    }

    /** The requests the statistics count (compared with the requests there are, to see if they are behind). */
    public long countedRequests() {
        return n(em.createNativeQuery("select coalesce(sum(requests), 0) from disclosure_request_statistics")
                .getSingleResult());
    }

    /**
     * Empties the statistics for a rebuild, holding them locked until the rebuild commits: a command
     * committing meanwhile waits and then adds its change to the rebuilt lines.
     */
    public void clearAndLock() {
        em.createNativeQuery("lock table disclosure_request_statistics in exclusive mode").executeUpdate();
        em.createNativeQuery("delete from disclosure_request_statistics").executeUpdate();
    }

    /**
     * Hands {@code sink} every request's department and share, read as plain columns (no entity is
     * made), in pages by id.
     */
    public long eachShare(ObjLongConsumer<RequestShare> sink) {
        long after = 0;
        long seen = 0;
        List<Object[]> page;
        do {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, department_id, status, decision, "
                            + "coalesce(decided_late, false), overdue_since is not null, objection_filed_on is not null, "
                            + "objection_outcome from disclosure_request where id > ?1 order by id limit 5000")
                    .setParameter(1, after).getResultList();
            page = rows;
            for (Object[] r : page) {
                sink.accept(RequestShare.of(RequestStatus.valueOf((String) r[2]),
                        r[3] == null ? null : DecisionKind.valueOf((String) r[3]), (Boolean) r[4], (Boolean) r[5],
                        (Boolean) r[6], r[7] == null ? null : ObjectionOutcome.valueOf((String) r[7])), n(r[1]));
                after = n(r[0]);
            }
            seen += page.size();
        } while (page.size() == 5000);
        return seen;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
