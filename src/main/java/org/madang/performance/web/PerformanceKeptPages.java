package org.madang.performance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;
import org.madang.platform.web.KeptPages;

import java.time.Duration;
import java.util.List;

/**
 * The public dashboard, the task portfolio and their APIs, kept for anonymous readers. They show the
 * applications' monthly figures (region {@code services.applications}, which the services context
 * drops as applications move) and the forum's participation ({@code forum.petitions},
 * {@code forum.debates}), besides this context's own commands: dropped on any of them, but served for
 * a second after rendering at least (applications come in streams), a minute old at most.
 */
@ApplicationScoped
public class PerformanceKeptPages implements KeptPageRules {
    static final String PERFORMANCE = "performance";
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration AT_LEAST = Duration.ofSeconds(1);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(rule("/performance/"), rule("/performance/index.xhtml"), rule("/performance/tasks/"),
                rule("/performance/tasks/index.xhtml"), rule("/performance/tasks/task.xhtml"),
                rule("/api/performance/indicators"), rule("/api/performance/tasks"));
    }

    private static KeptPageRule rule(String path) {
        return KeptPageRule.of(path, MAX_AGE, PERFORMANCE, "services.applications", "forum.petitions", "forum.debates")
                .servedAtLeast(AT_LEAST);
    }

    void acted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditableAction action) {
        if (action.succeeded() && action.action().startsWith("performance.")) {
            pages.drop(PERFORMANCE);
        }
    }
}
