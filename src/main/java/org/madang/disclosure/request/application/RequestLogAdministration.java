package org.madang.disclosure.request.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.disclosure.request.infrastructure.RequestIndexing;
import org.madang.platform.audit.Audited;
import org.madang.platform.security.Roles;

/**
 * The administrator recounts the statistics per agency from the requests and rebuilds the log's
 * search index (after rows were loaded by SQL), and follows the index.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RequestLogAdministration {
    @Inject
    RequestStatistics statistics;
    @Inject
    RequestIndexing indexing;

    @Audited("disclosureRequest.statistics.rebuild")
    public RequestStatistics.Rebuilt rebuild() {
        return statistics.rebuild();
    }

    /** Starts rebuilding the search index in the background; false if a rebuild is running. */
    @Audited("disclosureRequest.index.rebuild")
    public boolean rebuildIndex() {
        return indexing.start();
    }

    /** The requests in the database and in the search index, and whether a rebuild is running. */
    public record IndexStatus(long inDatabase, long indexed, boolean running) {
    }

    public IndexStatus indexStatus() {
        RequestIndexing.Status s = indexing.status();
        return new IndexStatus(s.inDatabase(), s.indexed(), s.running());
    }
}
