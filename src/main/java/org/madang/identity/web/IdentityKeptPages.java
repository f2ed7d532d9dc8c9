package org.madang.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The public list of agencies, kept for anonymous readers until an agency or a department is
 * created or renamed (after commit), and the sign-in page; a minute old at most otherwise.
 */
@ApplicationScoped
public class IdentityKeptPages implements KeptPageRules {
    static final String AGENCIES = "identity.agencies";
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Override
    public List<KeptPageRule> keptPages() {
        // the sign-in page is a stateless form showing only texts (see login.xhtml)
        return List.of(KeptPageRule.of("/api/agencies", MAX_AGE, AGENCIES), KeptPageRule.of("/login.xhtml", MAX_AGE));
    }

    @Override
    public Map<String, Predicate<String>> regionsChangedByActions() {
        return Map.of(AGENCIES, a -> a.startsWith("agency.") || a.startsWith("department."));
    }
}
