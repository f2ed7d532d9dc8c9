package org.madang.performance.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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

    @Override
    public List<KeptPageRule> keptPages() {
        return KeptPageRule.each(MAX_AGE, AT_LEAST,
                Set.of(PERFORMANCE, "services.applications", "forum.petitions", "forum.debates"),
                "/performance/", "/performance/index.xhtml", "/performance/tasks/", "/performance/tasks/index.xhtml",
                "/performance/tasks/task.xhtml", "/api/performance/indicators", "/api/performance/tasks");
    }

    @Override
    public Map<String, Predicate<String>> regionsChangedByActions() {
        return Map.of(PERFORMANCE, a -> a.startsWith("performance."));
    }
}
