package org.madang.knowledge.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.Citation;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.knowledge.domain.StatuteAmendment;
import org.madang.knowledge.infrastructure.AmendmentRepository;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An officer notes, in an article in force of their department, that a statute article it cites
 * was amended. Every other article in force citing it and published before the note needs review:
 * each owner is told at once (inbox and e-mail), and the lists flag it until a newer version of it
 * is published.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class StatuteAmendments {
    static final String CATEGORY = "knowledge";

    @Inject
    ArticleRepository articles;
    @Inject
    AmendmentRepository amendments;
    @Inject
    KnowledgeOfficers officers;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /**
     * Notes the amendment of the cited statute given as its editor line ("act | article | paragraph")
     * and returns how many other articles it puts up for review.
     */
    @Audited("knowledge.amendment")
    public int note(@AuditTarget("knowledge") long articleId, @NotBlank String citationLine, LocalDate amendedOn) {
        KnowledgeOfficer me = officers.me();
        Instant now = Instant.now(clock);
        Article in = articles.get(articleId);
        StatuteAmendment m = new StatuteAmendment(in, Citation.parse(citationLine), amendedOn, me,
                LocalDate.now(clock.withZone(zone)), now);
        if (amendments.exists(m.getAct(), m.getArticleNo(), m.getAmendedOn())) {
            throw new Conflict("knowledge.amendment.already");
        }
        amendments.add(m);
        List<Article> outdated = amendments.citing(m.getAct(), m.getArticleNo()).stream()
                .filter(m::outdatesPublicationOf).toList();
        for (Article a : outdated) {
            if (a.getOwnerId() > 0) {
                notices.fire(new Notice(a.getOwnerId(), "knowledge.amended.subject", "knowledge.amended.body",
                        List.of(a.getTitleKo(), m.statuteText(), m.getAmendedOn().toString()),
                        "/office/knowledge/article.xhtml?id=" + a.getId(), CATEGORY));
            }
        }
        return outdated.size();
    }
}
