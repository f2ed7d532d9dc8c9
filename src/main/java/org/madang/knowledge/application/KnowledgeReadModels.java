package org.madang.knowledge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.knowledge.application.KnowledgeViews.AmendmentView;
import org.madang.knowledge.application.KnowledgeViews.ArticleDetails;
import org.madang.knowledge.application.KnowledgeViews.ArticleLink;
import org.madang.knowledge.application.KnowledgeViews.ArticleRow;
import org.madang.knowledge.application.KnowledgeViews.Name;
import org.madang.knowledge.application.KnowledgeViews.PublicArticle;
import org.madang.knowledge.application.KnowledgeViews.Suggestion;
import org.madang.knowledge.application.KnowledgeViews.Use;
import org.madang.knowledge.application.KnowledgeViews.VersionView;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.ArticleVersion;
import org.madang.knowledge.domain.Citation;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.knowledge.domain.StatuteAmendment;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.platform.text.Markdown;
import org.madang.services.application.Catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Article → read models, inside the calling service's transaction; names from the catalogue's caches. */
@ApplicationScoped
public class KnowledgeReadModels {
    static final int SUMMARY = 160;
    /** Article bodies start below the page's h1 and its sections (h2). */
    static final int BODY_HEADINGS = 3;

    @Inject
    Catalogue catalogue;
    @Inject
    ArticleRepository repo;

    /** Past its review date, or a statute it cites was noted as amended after its version in force was published. */
    static boolean needsReview(Article a, LocalDate today, List<StatuteAmendment> concerning) {
        return a.needsReview(today) || concerning.stream().anyMatch(m -> m.outdatesPublicationOf(a));
    }

    ArticleRow row(Article a, KnowledgeOfficer me, LocalDate today, ArticleRepository.Use u,
                   List<StatuteAmendment> concerning) {
        return new ArticleRow(a.getId(), a.getKind(), a.getTitleKo(), a.getTitleEn(), a.getStatus(), a.getVisibility(),
                department(a.getDepartmentId()), a.getOwnerName(), a.getReviewOn(), needsReview(a, today, concerning),
                a.awaitsPublication(), me.departmentId() == a.getDepartmentId(), use(u));
    }

    ArticleDetails details(Article a, KnowledgeOfficer me, LocalDate today, ArticleRepository.Use u, Boolean myVote,
                           List<StatuteAmendment> concerning, List<StatuteAmendment> notedHere) {
        boolean own = me.departmentId() == a.getDepartmentId();
        boolean pendingOfPublished = own && a.awaitsPublication() && a.getPublishedVersion() > 0;
        ArticleVersion latest = a.latest();
        return new ArticleDetails(a.getId(), a.getKind(), a.getTitleKo(), a.getTitleEn(),
                Markdown.toHtml(a.getBodyKo(), BODY_HEADINGS), Markdown.toHtml(a.getBodyEn(), BODY_HEADINGS),
                a.getStatus(), a.getVisibility(), department(a.getDepartmentId()), a.getOwnerName(), a.getReviewOn(),
                needsReview(a, today, concerning), citations(a), services(a), agencies(a),
                own ? a.getVersions().stream().map(v -> new VersionView(v.getNumber(), v.getReason(), v.getAuthorName(),
                        v.getCreatedAt(), v.getPublishedAt())).toList() : List.of(),
                a.getPublishedVersion(), a.getCurrentVersion(), link(a.getSupersedesId()), link(a.getSupersededById()),
                a.getPublishedAt(), a.getPublishedBy(), a.getWithdrawalReason(), use(u), a.editableBy(me),
                own && me.supervisor() && a.awaitsPublication(),
                own && me.supervisor() && a.readableBy(me) && a.getPublishedVersion() > 0
                        && a.getStatus() != ArticleStatus.WITHDRAWN,
                own && a.awaitsPublication(),
                pendingOfPublished ? Markdown.toHtml(latest.getBodyKo(), BODY_HEADINGS) : null,
                pendingOfPublished ? latest.getTitleKo() : null, myVote, amendments(a, concerning, notedHere),
                own ? a.getCitations().stream().map(Citation::line).toList() : List.of(),
                a.editableBy(me) && a.getStatus() == ArticleStatus.PUBLISHED && !a.getCitations().isEmpty());
    }

    /** Amendments noted here first, then those noted elsewhere for statutes this article cites. */
    private List<AmendmentView> amendments(Article a, List<StatuteAmendment> concerning, List<StatuteAmendment> notedHere) {
        List<AmendmentView> out = new ArrayList<>();
        notedHere.forEach(m -> out.add(amendment(m, a)));
        concerning.stream().filter(m -> m.getNotedInArticleId() != a.getId()).forEach(m -> out.add(amendment(m, a)));
        return out;
    }

    private AmendmentView amendment(StatuteAmendment m, Article a) {
        return new AmendmentView(m.statuteText(), m.getAmendedOn(), link(m.getNotedInArticleId()), m.getNotedBy(),
                m.getNotedAt(), m.outdatesPublicationOf(a));
    }

    Suggestion suggestion(Article a, boolean attached) {
        return new Suggestion(a.getId(), a.getKind(), a.getTitleKo(), a.getTitleEn(), summary(a.getBodyKo()),
                summary(a.getBodyEn()), attached);
    }

    PublicArticle publicArticle(Article a) {
        Name agency = catalogue.agencyName(a.getAgencyCode()).map(n -> new Name(n.code(), n.ko(), n.en()))
                .orElse(new Name(a.getAgencyCode(), a.getAgencyCode(), a.getAgencyCode()));
        return new PublicArticle(a.getId(), a.getKind(), a.getTitleKo(), a.getTitleEn(),
                Markdown.toHtml(a.getBodyKo(), BODY_HEADINGS), Markdown.toHtml(a.getBodyEn(), BODY_HEADINGS),
                services(a), agency, citations(a), a.getPublishedAt(), link(a.getSupersededById()));
    }

    Name department(long id) {
        return catalogue.departmentName(id).map(n -> new Name(String.valueOf(id), n.ko(), n.en()))
                .orElse(new Name(String.valueOf(id), String.valueOf(id), String.valueOf(id)));
    }

    List<Name> services(Article a) {
        return a.getServiceIds().stream().map(catalogue::find).flatMap(Optional::stream)
                .map(s -> new Name(String.valueOf(s.id()), s.nameKo(), s.nameEn())).toList();
    }

    private List<Name> agencies(Article a) {
        return a.getAgencyCodes().stream().map(catalogue::agencyName).flatMap(Optional::stream)
                .map(n -> new Name(n.code(), n.ko(), n.en())).toList();
    }

    private static List<String> citations(Article a) {
        return a.getCitations().stream().map(Citation::text).toList();
    }

    ArticleLink link(Long id) {
        return id == null ? null : repo.find(id).map(o -> new ArticleLink(o.getId(), o.getTitleKo(), o.getTitleEn()))
                .orElse(null);
    }

    private static Use use(ArticleRepository.Use u) {
        ArticleRepository.Use x = u == null ? ArticleRepository.Use.NONE : u;
        return new Use(x.views(), x.cases(), x.closedCases(), x.helpful(), x.notHelpful());
    }

    static String summary(String markdown) {
        String t = Markdown.toPlainText(markdown).replaceAll("\\s+", " ").strip();
        return t.length() <= SUMMARY ? t : t.substring(0, SUMMARY - 1) + "…";
    }
}
