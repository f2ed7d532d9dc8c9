package org.madang.knowledge.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How departments used the knowledge base over a period: three grouped counts, no row per article or case. */
@ApplicationScoped
public class UseFigures {
    /** Counts of one department: its own articles, and the cases its officers used articles for. */
    public static final class Counts {
        public long articlesInForce;
        public long views;
        public long casesUsed;
        public long casesDecidedWith;
        public long helpful;
        public long notHelpful;
    }

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** By department id: articles in force and views (to date); cases used and decided, answers (in [from, to)). */
    public Map<Long, Counts> byDepartment(Instant from, Instant to) {
        Map<Long, Counts> out = new TreeMap<>();
        for (Object[] r : rows("select department_id, count(*) filter (where status = 'PUBLISHED'), "
                + "coalesce(sum(views), 0) from knowledge_article group by department_id", from, to, false)) {
            Counts c = out.computeIfAbsent(n(r[0]), k -> new Counts());
            c.articlesInForce = n(r[1]);
            c.views = n(r[2]);
        }
        for (Object[] r : rows("select department_id, "
                + "count(distinct application_number) filter (where used_at >= ?1 and used_at < ?2), "
                + "count(distinct application_number) filter (where closed_at >= ?1 and closed_at < ?2) "
                + "from knowledge_case_use where used_at < ?2 group by department_id", from, to, true)) {
            Counts c = out.computeIfAbsent(n(r[0]), k -> new Counts());
            c.casesUsed = n(r[1]);
            c.casesDecidedWith = n(r[2]);
        }
        for (Object[] r : rows("select a.department_id, count(*) filter (where v.helpful), "
                + "count(*) filter (where not v.helpful) from knowledge_vote v join knowledge_article a "
                + "on a.id = v.article_id where v.voted_at >= ?1 and v.voted_at < ?2 group by a.department_id",
                from, to, true)) {
            Counts c = out.computeIfAbsent(n(r[0]), k -> new Counts());
            c.helpful = n(r[1]);
            c.notHelpful = n(r[2]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant from, Instant to, boolean period) {
        var q = em.createNativeQuery(sql);
        if (period) {
            q.setParameter(1, from).setParameter(2, to);
        }
        return q.getResultList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
