package org.madang.knowledge.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.platform.notification.Notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Tells each owner, in their inbox and by e-mail, of their articles that passed their review date:
 * once per review date (a new version with a later date makes a new reminder due). Called by the
 * daily timer; no caller of its own, nothing about anyone returned.
 */
@Stateless
@PermitAll
public class ReviewReminders {
    static final String CATEGORY = "knowledge";

    @Inject
    ArticleRepository repo;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /** Published articles past their review date (the sweep checks each again in its own transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return repo.pastReview(today());
    }

    /** Reminds the owner of one article if still due; false if not (already reminded, reviewed, or no owner account). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long articleId) {
        LocalDate today = today();
        Article a = repo.find(articleId).orElse(null);
        if (a == null || !a.reviewReminderDue(today)) {
            return false;
        }
        a.reviewReminded();
        if (a.getOwnerId() <= 0) {
            return false; // an owner without an account (demo officials): the list still flags it
        }
        notices.fire(new Notice(a.getOwnerId(), "knowledge.review.subject", "knowledge.review.body",
                List.of(a.getTitleKo(), a.getReviewOn().toString()), "/office/knowledge/article.xhtml?id=" + a.getId(),
                CATEGORY));
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
