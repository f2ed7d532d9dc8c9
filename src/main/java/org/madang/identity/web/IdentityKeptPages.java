package org.madang.identity.web;

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
 * The public list of agencies, kept for anonymous readers until an agency or a department is
 * created or renamed (after commit), and the sign-in page; a minute old at most otherwise.
 */
@ApplicationScoped
public class IdentityKeptPages implements KeptPageRules {
    static final String AGENCIES = "identity.agencies";
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        // the sign-in page is a stateless form showing only texts (see login.xhtml)
        return List.of(KeptPageRule.of("/api/agencies", MAX_AGE, AGENCIES), KeptPageRule.of("/login.xhtml", MAX_AGE));
    }

    void acted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditableAction action) {
        if (action.succeeded() && (action.action().startsWith("agency.") || action.action().startsWith("department."))) {
            pages.drop(AGENCIES);
        }
    }
}
