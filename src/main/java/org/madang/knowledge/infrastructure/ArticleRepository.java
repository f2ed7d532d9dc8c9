package org.madang.knowledge.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.Visibility;
import org.madang.platform.error.NotFound;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JPA queries of knowledge articles and their use. Every change of an article is handed to the
 * search index in the same transaction (it reaches the index at commit, or not at all).
 */
@ApplicationScoped
public class ArticleRepository {
    /** How an article has been used: views, cases it was used for (and of those, decided), helpful / not helpful answers. */
    public record Use(long views, long cases, long closedCases, long helpful, long notHelpful) {
        public static final Use NONE = new Use(0, 0, 0, 0, 0);
    }

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Article get(long id) {
        return find(id).orElseThrow(() -> new NotFound("knowledge.article.notFound"));
    }

    public Article add(Article a) {
        em.persist(a);
        em.flush();
        Search.session(em).indexingPlan().addOrUpdate(a);
        return a;
    }

    public void changed(Article a) {
        em.flush();
        Search.session(em).indexingPlan().addOrUpdate(a);
    }

    /** A department's own articles (every state) and, when asked, everything other departments show all officers. */
    public List<Article> visibleTo(long departmentId, int max) {
        return em.createQuery("select a from Article a where a.departmentId = :d or (a.status in :shown "
                        + "and a.visibility in :wide) order by a.updatedAt desc, a.id desc", Article.class)
                .setParameter("d", departmentId)
                .setParameter("shown", List.of(ArticleStatus.PUBLISHED, ArticleStatus.SUPERSEDED))
                .setParameter("wide", List.of(Visibility.GOVERNMENT, Visibility.PUBLIC))
                .setMaxResults(max).getResultList();
    }

    /** Published articles linked to a service that the given department may read, newest first. */
    public List<Article> linkedTo(long serviceId, long departmentId, int max) {
        return em.createQuery("select a from Article a join a.serviceIds s where s = :s and a.status = :p "
                        + "and (a.departmentId = :d or a.visibility in :wide) order by a.publishedAt desc, a.id desc",
                        Article.class)
                .setParameter("s", serviceId).setParameter("p", ArticleStatus.PUBLISHED).setParameter("d", departmentId)
                .setParameter("wide", List.of(Visibility.GOVERNMENT, Visibility.PUBLIC))
                .setMaxResults(max).getResultList();
    }

    /** Public articles in force about a service (its FAQ), oldest first: the order the department wrote them in. */
    public List<Article> publicOf(long serviceId, int max) {
        return em.createQuery("select a from Article a join a.serviceIds s where s = :s and a.status = :p "
                        + "and a.visibility = :v order by a.publishedAt, a.id", Article.class)
                .setParameter("s", serviceId).setParameter("p", ArticleStatus.PUBLISHED)
                .setParameter("v", Visibility.PUBLIC).setMaxResults(max).getResultList();
    }

    /** Public articles in force, newest first (the public section without a search). */
    public List<Article> publicArticles(int offset, int max) {
        return em.createQuery("select a from Article a where a.status = :p and a.visibility = :v "
                        + "order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("p", ArticleStatus.PUBLISHED).setParameter("v", Visibility.PUBLIC)
                .setFirstResult(offset).setMaxResults(max).getResultList();
    }

    public List<Article> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList();
    }

    public void viewed(long id) {
        em.createNativeQuery("update knowledge_article set views = views + 1 where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    /** Records that an article was used for a case; false when it already was. */
    public boolean usedForCase(long articleId, String number, long officerId, long departmentId, Instant at) {
        return em.createNativeQuery("insert into knowledge_case_use (article_id, application_number, officer_id, "
                        + "department_id, used_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, articleId).setParameter(2, number).setParameter(3, officerId)
                .setParameter(4, departmentId).setParameter(5, at).executeUpdate() == 1;
    }

    /** The articles already used for a case, in the order they were attached. */
    public List<Long> usedFor(String number) {
        return em.createNativeQuery("select article_id from knowledge_case_use where application_number = ?1 "
                + "order by used_at, id", Long.class).setParameter(1, number).getResultList();
    }

    /** The case was decided: every article used for it counts it as closed with its help (once). */
    public int caseClosed(String number, String as, Instant at) {
        return em.createNativeQuery("update knowledge_case_use set closed_at = ?1, closed_as = ?2 "
                        + "where application_number = ?3 and closed_at is null")
                .setParameter(1, at).setParameter(2, as).setParameter(3, number).executeUpdate();
    }

    public void vote(long articleId, long accountId, boolean helpful, Instant at) {
        em.createNativeQuery("insert into knowledge_vote (article_id, account_id, helpful, voted_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (article_id, account_id) do update set helpful = excluded.helpful, voted_at = excluded.voted_at")
                .setParameter(1, articleId).setParameter(2, accountId).setParameter(3, helpful).setParameter(4, at)
                .executeUpdate();
    }

    /** The reader's answer to "was this helpful?", if any. */
    public Optional<Boolean> voteOf(long articleId, long accountId) {
        return em.createNativeQuery("select helpful from knowledge_vote where article_id = ?1 and account_id = ?2",
                        Boolean.class).setParameter(1, articleId).setParameter(2, accountId)
                .getResultStream().findFirst();
    }

    /** Use figures of the given articles (missing ones have none). */
    public Map<Long, Use> use(Collection<Long> ids) {
        Map<Long, Use> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.views, "
                        + "(select count(*) from knowledge_case_use u where u.article_id = a.id), "
                        + "(select count(*) from knowledge_case_use u where u.article_id = a.id and u.closed_at is not null), "
                        + "(select count(*) from knowledge_vote v where v.article_id = a.id and v.helpful), "
                        + "(select count(*) from knowledge_vote v where v.article_id = a.id and not v.helpful) "
                        + "from knowledge_article a where a.id in (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new Use(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue()));
        }
        return out;
    }

    /** Ids of published articles whose review date has passed. */
    public List<Long> pastReview(java.time.LocalDate today) {
        return em.createQuery("select a.id from Article a where a.status = :p and a.reviewOn < :today order by a.id", Long.class)
                .setParameter("p", ArticleStatus.PUBLISHED).setParameter("today", today).getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    public List<Long> idsAfter(long afterId, int batch) {
        return em.createQuery("select a.id from Article a where a.id > :a order by a.id", Long.class)
                .setParameter("a", afterId).setMaxResults(batch).getResultList();
    }

    public void reindex(List<Long> ids) {
        var plan = Search.session(em).indexingPlan();
        byIds(ids).forEach(plan::addOrUpdate);
    }

    public Optional<Article> findByTitle(String titleKo) {
        return em.createQuery("select a from Article a where a.titleKo = :t order by a.id", Article.class)
                .setParameter("t", titleKo).setMaxResults(1).getResultStream().findFirst();
    }

    /** One loader of demo articles at a time (two copies of the portal may share a database in tests). */
    public void lockForDemoData() {
        em.createNativeQuery("select pg_advisory_xact_lock(151207)").getSingleResult();
    }
}
