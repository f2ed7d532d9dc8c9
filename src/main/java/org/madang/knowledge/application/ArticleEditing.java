package org.madang.knowledge.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.knowledge.application.KnowledgeViews.ArticleLink;
import org.madang.knowledge.application.KnowledgeViews.EditorChoices;
import org.madang.knowledge.application.KnowledgeViews.EditorContent;
import org.madang.knowledge.application.KnowledgeViews.Name;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleDraft;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.ArticleVersion;
import org.madang.knowledge.domain.Citation;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.Roles;
import org.madang.services.application.Catalogue;
import org.madang.identity.application.OrganisationDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Officers write articles for their own department: a draft, then versions, each with its reason.
 * What they may link (services, agencies, the article a new one replaces) is checked here.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class ArticleEditing {
    static final int MAX_REPLACEABLE = 300;

    @Inject
    ArticleRepository repo;
    @Inject
    KnowledgeOfficers officers;
    @Inject
    Catalogue catalogue;
    @Inject
    OrganisationDirectory directory;
    @Inject
    Clock clock;

    /** A new draft of the caller's department; returns its id. */
    @Audited("knowledge.create")
    public long create(@NotNull ArticleDraft draft) {
        KnowledgeOfficer me = officers.me();
        check(draft, null, me);
        return repo.add(new Article(draft, me, Instant.now(clock))).getId();
    }

    /** A new version of an article of the caller's department, with why it changed. */
    @Audited("knowledge.revise")
    public void revise(@AuditTarget("knowledge") long id, @NotNull ArticleDraft draft, @Size(max = 1000) String reason) {
        KnowledgeOfficer me = officers.me();
        Article a = repo.get(id);
        a.requireReadableBy(me);
        check(draft, a, me);
        a.revise(draft, reason, me, Instant.now(clock));
        repo.changed(a);
    }

    /** The latest version and metadata of an article the caller's department may edit. */
    public EditorContent content(long id) {
        KnowledgeOfficer me = officers.me();
        Article a = repo.get(id);
        if (!a.editableBy(me)) {
            throw new Forbidden("knowledge.article.notEditable");
        }
        ArticleVersion v = a.latest();
        return new EditorContent(a.getId(), a.getKind(), v.getTitleKo(), v.getTitleEn(), v.getBodyKo(), v.getBodyEn(),
                List.copyOf(a.getServiceIds()), List.copyOf(a.getAgencyCodes()),
                a.getCitations().stream().map(Citation::line).collect(Collectors.joining("\n")), a.getReviewOn(),
                a.getVisibility(), a.getSupersedesId(), a.getCurrentVersion(), a.getStatus());
    }

    /** Services, agencies and the department's published articles a new one may replace. */
    public EditorChoices choices() {
        KnowledgeOfficer me = officers.me();
        List<Name> services = catalogue.all().stream()
                .map(s -> new Name(String.valueOf(s.id()), s.nameKo(), s.nameEn()))
                .sorted(Comparator.comparing(Name::ko)).toList();
        List<Name> agencies = directory.agencies().stream().map(a -> new Name(a.code(), a.nameKo(), a.nameEn()))
                .sorted(Comparator.comparing(Name::ko)).toList();
        List<ArticleLink> replaceable = repo.visibleTo(me.departmentId(), MAX_REPLACEABLE).stream()
                .filter(a -> a.getDepartmentId() == me.departmentId() && a.getStatus() == ArticleStatus.PUBLISHED)
                .map(a -> new ArticleLink(a.getId(), a.getTitleKo(), a.getTitleEn())).toList();
        return new EditorChoices(services, agencies, replaceable);
    }

    private void check(ArticleDraft d, Article self, KnowledgeOfficer me) {
        for (Long s : d.serviceIds()) {
            if (catalogue.find(s).isEmpty()) {
                throw new InvalidInput("knowledge.article.unknownService").onField("services");
            }
        }
        for (String code : d.agencyCodes()) {
            if (catalogue.agencyName(code).isEmpty()) {
                throw new InvalidInput("knowledge.article.unknownAgency").onField("agencies");
            }
        }
        if (d.supersedesId() != null) {
            Article old = repo.find(d.supersedesId())
                    .orElseThrow(() -> new InvalidInput("knowledge.supersede.unknown").onField("supersedes"));
            if (self != null && old.getId().equals(self.getId())) {
                throw new InvalidInput("knowledge.supersede.self").onField("supersedes");
            }
            if (old.getDepartmentId() != me.departmentId()) {
                throw new InvalidInput("knowledge.supersede.otherDepartment").onField("supersedes");
            }
        }
    }
}
