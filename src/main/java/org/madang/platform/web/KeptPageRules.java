package org.madang.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a context contributes to {@link KeptPages}: its public addresses whose anonymous answers may
 * be kept, and the regions they show. Each context provides one CDI bean implementing this (in its
 * {@code web} package), and drops its regions from an observer of its own domain events
 * ({@code during = TransactionPhase.AFTER_SUCCESS}), or names the audited actions that change them
 * ({@link #regionsChangedByActions()}); the platform only collects the rules, so it never imports a
 * context.
 */
public interface KeptPageRules {
    List<KeptPageRule> keptPages();

    /**
     * For a context without change events of its own: which of its regions an audited action
     * changes (region to a test of the action's name). {@link KeptPagesByAction} drops them after
     * such an action commits.
     */
    default Map<String, Predicate<String>> regionsChangedByActions() {
        return Map.of();
    }
}
