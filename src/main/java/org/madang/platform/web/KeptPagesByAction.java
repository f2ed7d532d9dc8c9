package org.madang.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.madang.platform.audit.AuditableAction;

/**
 * Drops the regions that the contexts without change events of their own name for an audited
 * action ({@link KeptPageRules#regionsChangedByActions()}), once that action has committed: one
 * observer for all of them.
 */
@ApplicationScoped
public class KeptPagesByAction {
    @Inject
    KeptPages pages;
    @Inject
    @Any
    Instance<KeptPageRules> contributions;

    void acted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditableAction action) {
        acted(action, contributions);
    }

    void acted(AuditableAction action, Iterable<KeptPageRules> contributions) {
        if (!action.succeeded()) {
            return;
        }
        for (KeptPageRules rules : contributions) {
            rules.regionsChangedByActions().forEach((region, changes) -> {
                if (changes.test(action.action())) {
                    pages.drop(region);
                }
            });
        }
    }
}
