package org.madang.performance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.madang.performance.domain.CountedCase;
import org.madang.performance.domain.MonthKey;
import org.madang.performance.domain.MonthlyCounts;
import org.madang.performance.domain.OpenNow;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** The counted cases and the monthly aggregate (native upserts: several writers add to one row at once). */
@ApplicationScoped
public class IndicatorRepository {
    private static final String SUMS = "sum(started), sum(submitted), sum(received), sum(approved), sum(rejected), "
            + "sum(withdrawn), sum(on_time), sum(extended), sum(supplemented), sum(surveyed), sum(overall_sum), sum(ease_sum), "
            + "sum(speed_sum)";

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** The case as last counted, locked until the transaction ends (the next change waits for this one). */
    public Optional<CountedCase> lock(long applicationId) {
        return Optional.ofNullable(em.find(CountedCase.class, applicationId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(CountedCase c) {
        em.persist(c);
    }

    /** Adds the differences to their rows, in key order (two writers lock shared rows in the same order). */
    public void apply(SortedMap<MonthKey, MonthlyCounts> delta) {
        for (Map.Entry<MonthKey, MonthlyCounts> e : delta.entrySet()) {
            MonthKey k = e.getKey();
            MonthlyCounts c = e.getValue();
            em.createNativeQuery("insert into performance_month (month, service_id, department_id, started, submitted, "
                            + "received, approved, rejected, withdrawn, on_time, extended, supplemented, surveyed, overall_sum, "
                            + "ease_sum, speed_sum) values "
                            + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) on conflict (month, service_id, "
                            + "department_id) do update set started = performance_month.started + excluded.started, "
                            + "submitted = performance_month.submitted + excluded.submitted, "
                            + "received = performance_month.received + excluded.received, "
                            + "approved = performance_month.approved + excluded.approved, "
                            + "rejected = performance_month.rejected + excluded.rejected, "
                            + "withdrawn = performance_month.withdrawn + excluded.withdrawn, "
                            + "on_time = performance_month.on_time + excluded.on_time, "
                            + "extended = performance_month.extended + excluded.extended, "
                            + "supplemented = performance_month.supplemented + excluded.supplemented, "
                            + "surveyed = performance_month.surveyed + excluded.surveyed, "
                            + "overall_sum = performance_month.overall_sum + excluded.overall_sum, "
                            + "ease_sum = performance_month.ease_sum + excluded.ease_sum, "
                            + "speed_sum = performance_month.speed_sum + excluded.speed_sum")
                    .setParameter(1, k.month().atDay(1)).setParameter(2, k.serviceId())
                    .setParameter(3, k.departmentId()).setParameter(4, c.started).setParameter(5, c.submitted)
                    .setParameter(6, c.received).setParameter(7, c.approved).setParameter(8, c.rejected)
                    .setParameter(9, c.withdrawn).setParameter(10, c.onTime).setParameter(11, c.extended)
                    .setParameter(12, c.supplemented).setParameter(13, c.surveyed).setParameter(14, c.overallSum)
                    .setParameter(15, c.easeSum).setParameter(16, c.speedSum).executeUpdate();
            c.days().forEach((u, n) -> time(k, true, u, n));
            c.hours().forEach((u, n) -> time(k, false, u, n));
        }
    }

    private void time(MonthKey k, boolean inDays, int units, long cases) {
        em.createNativeQuery("insert into performance_month_time (month, service_id, department_id, in_days, units, "
                        + "cases) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (month, service_id, department_id, in_days, "
                        + "units) do update set cases = performance_month_time.cases + excluded.cases")
                .setParameter(1, k.month().atDay(1)).setParameter(2, k.serviceId()).setParameter(3, k.departmentId())
                .setParameter(4, inDays).setParameter(5, units).setParameter(6, cases).executeUpdate();
    }

    /** Adds the differences to the kept backlog rows, in key order. */
    public void applyOpen(SortedMap<OpenNow.Key, OpenNow.Delta> delta) {
        delta.forEach((k, d) -> em.createNativeQuery("insert into performance_open (service_id, department_id, open, "
                        + "overdue) values (?1, ?2, ?3, ?4) on conflict (service_id, department_id) do update "
                        + "set open = performance_open.open + excluded.open, "
                        + "overdue = performance_open.overdue + excluded.overdue")
                .setParameter(1, k.serviceId()).setParameter(2, k.departmentId()).setParameter(3, d.open())
                .setParameter(4, d.overdue()).executeUpdate());
    }

    /**
     * Running open cases whose flag no longer says whether they are past due at {@code now} (those
     * whose due time passed since the last sweep; or, after a clock was set back, the other way).
     * Both ranges are small and read through performance_case_running_idx.
     */
    private static final String STALE_FLAG = "stage = 'OPEN' and paused_at is null and due_at is not null "
            + "and ((not overdue and due_at < :now) or (overdue and due_at >= :now))";

    /**
     * Flips the flags that {@link #STALE_FLAG} finds and moves them in the kept rows, in one
     * statement; only one sweep at a time across instances (a transaction-scoped advisory lock), the
     * others skip. Its own transaction. Returns the cases flipped, or -1 when another sweep was running.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public long sweepOverdue(Instant now) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('performance_open sweep'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        Object n = em.createNativeQuery("with flipped as (update performance_case set overdue = not overdue where "
                        + STALE_FLAG + " returning service_id, department_id, overdue), "
                        + "moved as (insert into performance_open (service_id, department_id, open, overdue) "
                        + "select service_id, department_id, 0, sum(case when overdue then 1 else -1 end) from flipped "
                        + "group by service_id, department_id order by service_id, department_id "
                        + "on conflict (service_id, department_id) do update "
                        + "set overdue = performance_open.overdue + excluded.overdue returning 1) "
                        + "select count(*) from flipped")
                .setParameter("now", now).getSingleResult();
        return ((Number) n).longValue();
    }

    /** Counts the kept backlog again from the counted cases (the last step of a rebuild). */
    public void recountOpen() {
        em.createNativeQuery("insert into performance_open (service_id, department_id, open, overdue) "
                + "select service_id, department_id, count(*), count(*) filter (where overdue) from performance_case "
                + "where stage = 'OPEN' group by service_id, department_id").executeUpdate();
    }

    /** Forgets every counted case and sum (the first step of a rebuild, in the same transaction). */
    public void clear() {
        em.createNativeQuery("delete from performance_open").executeUpdate();
        em.createNativeQuery("delete from performance_month_time").executeUpdate();
        em.createNativeQuery("delete from performance_month").executeUpdate();
        em.createNativeQuery("delete from performance_case").executeUpdate();
    }

    /** Writes what is pending and lets the persistence context go (a rebuild reads many pages). */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    public long countedCases() {
        return em.createQuery("select count(c) from CountedCase c", Long.class).getSingleResult();
    }

    /** The first month any case was counted in, if any. */
    public java.util.Optional<YearMonth> firstMonth() {
        Object first = em.createNativeQuery("select min(month) from performance_month").getSingleResult();
        return first == null ? java.util.Optional.empty()
                : java.util.Optional.of(YearMonth.from(((java.sql.Date) first).toLocalDate()));
    }

    /** Sums per service and department over the months, as (service, department, counts). */
    public List<Object[]> sums(YearMonth from, YearMonth to, Long serviceId, Collection<Long> departments) {
        return rows("select service_id, department_id, " + SUMS + " from performance_month", from, to, serviceId,
                departments, " group by service_id, department_id");
    }

    /** Processing-time histograms per service and department: (service, department, in days, units, cases). */
    public List<Object[]> times(YearMonth from, YearMonth to, Long serviceId, Collection<Long> departments) {
        return rows("select service_id, department_id, in_days, units, sum(cases) from performance_month_time", from, to,
                serviceId, departments, " group by service_id, department_id, in_days, units having sum(cases) <> 0");
    }

    /** Sums per month (the trend): (month, counts). */
    public List<Object[]> trend(YearMonth from, YearMonth to, Long serviceId, Collection<Long> departments) {
        return rows("select month, " + SUMS + " from performance_month", from, to, serviceId, departments,
                " group by month order by month");
    }

    /**
     * Open cases now and how many of them are overdue, per service and department: the kept rows,
     * corrected by the few running cases whose due time passed since the last sweep.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> backlog(Instant now, Long serviceId, Collection<Long> departments) {
        if (departments != null && departments.isEmpty()) {
            return new ArrayList<>();
        }
        StringBuilder q = new StringBuilder("select o.service_id, o.department_id, o.open, o.overdue + coalesce(s.moved, 0) "
                + "from performance_open o left join (select service_id, department_id, "
                + "sum(case when overdue then -1 else 1 end) as moved from performance_case where " + STALE_FLAG
                + " group by service_id, department_id) s using (service_id, department_id) where o.open <> 0");
        if (serviceId != null) {
            q.append(" and o.service_id = :service");
        }
        if (departments != null) {
            q.append(" and o.department_id in (:departments)");
        }
        Query query = em.createNativeQuery(q.toString()).setParameter("now", now);
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        if (departments != null) {
            query.setParameter("departments", departments);
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String select, YearMonth from, YearMonth to, Long serviceId,
                                Collection<Long> departments, String tail) {
        if (departments != null && departments.isEmpty()) {
            return new ArrayList<>();
        }
        StringBuilder q = new StringBuilder(select).append(" where month between :from and :to");
        if (serviceId != null) {
            q.append(" and service_id = :service");
        }
        if (departments != null) {
            q.append(" and department_id in (:departments)");
        }
        Query query = em.createNativeQuery(q.append(tail).toString())
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1));
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        if (departments != null) {
            query.setParameter("departments", departments);
        }
        return query.getResultList();
    }

}
