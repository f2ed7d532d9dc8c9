package org.madang.knowledge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.services.application.ApplicationEnded;

/**
 * Counts a case as "closed with an article" when it is decided (approved or rejected) in the
 * deciding transaction; a withdrawal is the applicant's act, not the officer's. The event may come
 * more than once for one ending: the first one counts.
 */
@ApplicationScoped
public class CaseClosings {
    @Inject
    ArticleRepository repo;

    void applicationEnded(@Observes ApplicationEnded e) {
        if (e.ending().decided()) {
            repo.caseClosed(e.receiptNumber(), e.ending().name(), e.endedAt());
        }
    }
}
