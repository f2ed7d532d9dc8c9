package org.madang.knowledge.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.madang.knowledge.application.KnowledgeViews.CasePanel;
import org.madang.knowledge.application.KnowledgeViews.Suggestion;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.knowledge.infrastructure.ArticleSearch;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.security.Roles;
import org.madang.services.application.CaseKnowledgeLinks;
import org.madang.services.application.CaseKnowledgeLinks.CaseSubject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Knowledge beside the case: the articles linked to the case's service, then suggestions found
 * with the case's service, answers and last notes, and those already used for it; "used for this
 * case" records the article on the case's timeline and counts it for the article.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class CaseKnowledge {
    static final int LINKED = 5;
    static final int SUGGESTED = 5;

    @Inject
    CaseKnowledgeLinks cases;
    @Inject
    ArticleRepository repo;
    @Inject
    ArticleSearch search;
    @Inject
    KnowledgeOfficers officers;
    @Inject
    KnowledgeReadModels views;
    @Inject
    Clock clock;

    /** The panel for a case of the caller's department (others are refused by the services context). */
    public CasePanel forCase(@NotBlank String number) {
        KnowledgeOfficer me = officers.me();
        CaseSubject subject = cases.subject(number);
        List<Long> usedIds = repo.usedFor(subject.number());
        Set<Long> used = new HashSet<>(usedIds);
        List<Article> linked = repo.linkedTo(subject.serviceId(), me.departmentId(), LINKED);
        List<Long> shown = new ArrayList<>(linked.stream().map(Article::getId).toList());
        List<Long> suggestedIds = search.suggest(subject.serviceId(), subject.text(),
                new ArticleSearch.Reader(me.departmentId()), shown, SUGGESTED);
        Map<Long, Article> byId = new LinkedHashMap<>();
        repo.byIds(union(suggestedIds, usedIds)).forEach(a -> byId.put(a.getId(), a));
        return new CasePanel(subject.number(),
                linked.stream().map(a -> views.suggestion(a, used.contains(a.getId()))).toList(),
                suggestedIds.stream().map(byId::get).filter(a -> a != null)
                        .map(a -> views.suggestion(a, used.contains(a.getId()))).toList(),
                usedIds.stream().map(byId::get).filter(a -> a != null && a.readableBy(me))
                        .map(a -> views.suggestion(a, true)).toList());
    }

    /** "Used for this case": once per article and case; the case's timeline says which. */
    @Audited("knowledge.attach")
    public void attach(@NotBlank String number, @AuditTarget("knowledge") long articleId) {
        KnowledgeOfficer me = officers.me();
        Article a = repo.get(articleId);
        a.requireReadableBy(me);
        if (a.getStatus() != ArticleStatus.PUBLISHED) {
            throw new Conflict("knowledge.attach.notInForce");
        }
        String reference = cases.reference(number);
        if (repo.usedForCase(articleId, reference, me.accountId(), me.departmentId(), Instant.now(clock))) {
            cases.recordKnowledgeUsed(reference, a.getTitleKo() + " (#" + a.getId() + ")");
        }
    }

    private static List<Long> union(List<Long> a, List<Long> b) {
        Set<Long> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
