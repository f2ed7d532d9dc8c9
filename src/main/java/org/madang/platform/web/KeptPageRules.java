package org.madang.platform.web;

import java.util.List;

/**
 * What a context contributes to {@link KeptPages}: its public addresses whose anonymous answers may
 * be kept, and the regions they show. Each context provides one CDI bean implementing this (in its
 * {@code web} package), and drops its regions from an observer of its own domain events
 * ({@code during = TransactionPhase.AFTER_SUCCESS}); the platform only collects the rules, so it
 * never imports a context.
 */
public interface KeptPageRules {
    List<KeptPageRule> keptPages();
}
