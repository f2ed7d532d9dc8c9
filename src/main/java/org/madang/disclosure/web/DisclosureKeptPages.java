package org.madang.disclosure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.disclosure.domain.PublicationsChanged;
import org.madang.disclosure.request.domain.RequestsChanged;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;
import org.madang.platform.web.KeptPages;

import java.time.Duration;
import java.util.List;

/**
 * The public pages of published information (and its search API's answers) and of the request log,
 * kept for anonymous readers: searching and faceting 100,000 items costs tens of milliseconds, a
 * log page ~10 ms of Faces, sending kept bytes well under one. The publication pages are dropped
 * when anything is published, replaced or withdrawn, the request log's when any request changes
 * (after commit); on another server's change a page is at most a minute old.
 */
@ApplicationScoped
public class DisclosureKeptPages implements KeptPageRules {
    static final String PUBLICATIONS = "disclosure.publications";
    static final String REQUESTS = "disclosure.requests";
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(KeptPageRule.of("/open/", MAX_AGE, PUBLICATIONS),
                KeptPageRule.of("/open/index.xhtml", MAX_AGE, PUBLICATIONS),
                KeptPageRule.of("/open/agency.xhtml", MAX_AGE, PUBLICATIONS),
                KeptPageRule.of("/open/publication.xhtml", MAX_AGE, PUBLICATIONS),
                // the search, not the files (which carry their own validators and may be large)
                KeptPageRule.of("/api/open/publications", MAX_AGE, PUBLICATIONS),
                KeptPageRule.of("/open/requests/", MAX_AGE, REQUESTS),
                KeptPageRule.of("/open/requests/index.xhtml", MAX_AGE, REQUESTS),
                KeptPageRule.of("/open/requests/statistics.xhtml", MAX_AGE, REQUESTS),
                KeptPageRule.of("/open/requests/request.xhtml", MAX_AGE, REQUESTS),
                KeptPageRule.of("/api/open/requests", MAX_AGE, REQUESTS),
                KeptPageRule.of("/api/open/requests/statistics", MAX_AGE, REQUESTS));
    }

    void publicationsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationsChanged event) {
        pages.drop(PUBLICATIONS);
    }

    void requestsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestsChanged event) {
        pages.drop(REQUESTS);
    }
}
