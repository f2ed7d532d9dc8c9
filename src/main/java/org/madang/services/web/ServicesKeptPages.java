package org.madang.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;
import org.madang.platform.web.KeptPages;
import org.madang.services.application.ApplicationProgressed;
import org.madang.services.domain.CatalogueChanged;

import java.time.Duration;
import java.util.List;

/**
 * The catalogue's public pages and API answers are kept for anonymous readers until the catalogue
 * changes (the entities announce every write); a minute at most, which bounds how long a renamed
 * department or a configuration change takes to show. The citizen's own status page is kept by
 * {@link MyApplicationPageFilter} under the same rule, per person.
 */
@ApplicationScoped
public class ServicesKeptPages implements KeptPageRules {
    static final String CATALOGUE = "services.catalogue";
    /** Applications moving (the performance dashboard's figures): nothing of this context's pages shows them. */
    static final String APPLICATIONS = "services.applications";
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    /** Not a public rule (not listed below): MyApplicationPageFilter keeps each person's own copy. */
    static final KeptPageRule STATUS_PAGE = KeptPageRule.of("/my/application.xhtml", MAX_AGE, CATALOGUE);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(KeptPageRule.of("/services/", MAX_AGE, CATALOGUE),
                KeptPageRule.of("/services/index.xhtml", MAX_AGE, CATALOGUE),
                KeptPageRule.of("/services/service.xhtml", MAX_AGE, CATALOGUE),
                KeptPageRule.of("/api/services", MAX_AGE, CATALOGUE),
                KeptPageRule.of("/api/services/*", MAX_AGE, CATALOGUE));
    }

    void applicationProgressed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationProgressed event) {
        pages.drop(APPLICATIONS);
    }

    void catalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged event) {
        pages.drop(CATALOGUE);
    }
}
