package org.madang.knowledge.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.knowledge.application.KnowledgeViews.ArticleDetails;
import org.madang.knowledge.application.KnowledgeViews.ArticleList;
import org.madang.knowledge.application.KnowledgeViews.ArticleRow;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.knowledge.domain.StatuteAmendment;
import org.madang.knowledge.infrastructure.AmendmentRepository;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.knowledge.infrastructure.ArticleSearch;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What officers read: the list (their department's articles in every state, other departments'
 * published for the whole government), searched or not, with "needs review" flags; one article
 * (each opening counted); "was this helpful".
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class ArticleReading {
    static final int LIST_SIZE = 300;

    @Inject
    ArticleRepository repo;
    @Inject
    ArticleSearch search;
    @Inject
    AmendmentRepository amendments;
    @Inject
    KnowledgeOfficers officers;
    @Inject
    KnowledgeReadModels views;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /** The list; {@code query} searches (best first), {@code reviewOnly} keeps the articles needing review. */
    public ArticleList list(String query, boolean reviewOnly) {
        KnowledgeOfficer me = officers.me();
        LocalDate today = today();
        List<Article> found;
        boolean cut;
        if (query != null && !query.isBlank()) {
            List<Long> ids = search.search(query, new ArticleSearch.Reader(me.departmentId()), LIST_SIZE);
            Map<Long, Integer> rank = new java.util.HashMap<>();
            ids.forEach(i -> rank.put(i, rank.size()));
            found = repo.byIds(ids).stream().sorted(Comparator.comparing(a -> rank.get(a.getId()))).toList();
            cut = false;
        } else {
            found = repo.visibleTo(me.departmentId(), LIST_SIZE + 1);
            cut = found.size() > LIST_SIZE;
            found = cut ? found.subList(0, LIST_SIZE) : found;
        }
        List<Long> ids = found.stream().map(Article::getId).toList();
        Map<Long, ArticleRepository.Use> use = repo.use(ids);
        Map<Long, List<StatuteAmendment>> amended = amendments.concerning(ids);
        List<ArticleRow> all = found.stream()
                .map(a -> views.row(a, me, today, use.get(a.getId()), amended.getOrDefault(a.getId(), List.of())))
                .toList();
        List<ArticleRow> rows = reviewOnly ? all.stream().filter(ArticleRow::needsReview).toList() : all;
        long needing = all.stream().filter(r -> r.ownDepartment() && r.needsReview()).count();
        List<KnowledgeViews.Use> ours = all.stream().filter(ArticleRow::ownDepartment).map(ArticleRow::use).toList();
        return new ArticleList(rows, needing, cut, KnowledgeViews.Use.sum(ours));
    }

    /** An article the caller may read; counts the view. */
    public ArticleDetails article(long id) {
        KnowledgeOfficer me = officers.me();
        Article a = repo.get(id);
        a.requireReadableBy(me);
        repo.viewed(id);
        return views.details(a, me, today(), repo.use(List.of(id)).get(id), repo.voteOf(id, me.accountId()).orElse(null),
                amendments.concerning(List.of(id)).getOrDefault(id, List.of()), amendments.notedIn(id));
    }

    /** The caller's answer to "was this helpful?" (a second answer replaces the first). */
    public void vote(long id, boolean helpful) {
        KnowledgeOfficer me = officers.me();
        Article a = repo.get(id);
        a.requireReadableBy(me);
        repo.vote(id, me.accountId(), helpful, Instant.now(clock));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
