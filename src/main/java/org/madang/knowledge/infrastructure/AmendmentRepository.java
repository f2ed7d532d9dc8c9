package org.madang.knowledge.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.StatuteAmendment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Statute amendments noted in articles, and the articles whose citations they concern. */
@ApplicationScoped
public class AmendmentRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public void add(StatuteAmendment m) {
        em.persist(m);
    }

    public boolean exists(String act, String articleNo, LocalDate amendedOn) {
        return !em.createQuery("select m.id from StatuteAmendment m where m.act = :a and m.articleNo = :n "
                        + "and m.amendedOn = :d", Long.class)
                .setParameter("a", act).setParameter("n", articleNo).setParameter("d", amendedOn)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Published articles citing the statute article (any paragraph). */
    public List<Article> citing(String act, String articleNo) {
        return em.createQuery("select distinct a from Article a join a.citations c where c.act = :a "
                        + "and c.article = :n and a.status = :p order by a.id", Article.class)
                .setParameter("a", act).setParameter("n", articleNo).setParameter("p", ArticleStatus.PUBLISHED)
                .getResultList();
    }

    /** Amendments noted in the article itself, newest first. */
    public List<StatuteAmendment> notedIn(long articleId) {
        return em.createQuery("select m from StatuteAmendment m where m.notedInArticleId = :a "
                        + "order by m.notedAt desc, m.id desc", StatuteAmendment.class)
                .setParameter("a", articleId).getResultList();
    }

    /**
     * For each of the given articles, the amendments of statutes it cites, oldest note first (one
     * query for a whole list; the caller decides which of them outdate the version in force).
     */
    public Map<Long, List<StatuteAmendment>> concerning(Collection<Long> articleIds) {
        Map<Long, List<StatuteAmendment>> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("select distinct c.article_id, m.id from knowledge_citation c "
                        + "join knowledge_amendment m on m.act = c.act and m.article_no = c.article_no "
                        + "where c.article_id in (:ids)")
                .setParameter("ids", articleIds).getResultList();
        if (pairs.isEmpty()) {
            return out;
        }
        List<Long> ids = pairs.stream().map(p -> ((Number) p[1]).longValue()).distinct().toList();
        Map<Long, StatuteAmendment> byId = em.createQuery("select m from StatuteAmendment m where m.id in :ids "
                        + "order by m.notedAt, m.id", StatuteAmendment.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(StatuteAmendment::getId, Function.identity()));
        for (Object[] p : pairs) {
            out.computeIfAbsent(((Number) p[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(byId.get(((Number) p[1]).longValue()));
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(StatuteAmendment::getNotedAt)));
        return out;
    }
}
