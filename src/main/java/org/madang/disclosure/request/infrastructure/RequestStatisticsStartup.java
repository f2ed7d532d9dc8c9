package org.madang.disclosure.request.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.disclosure.request.application.RequestStatistics;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, after the migrations: the statistics are rebuilt when they do not count every request,
 * and the search index in the background when it holds fewer (the first start with them, or rows
 * loaded without the application services). From then on every command keeps both.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestStatisticsStartup {
    private static final Logger LOG = Logger.getLogger(RequestStatisticsStartup.class.getName());

    @Inject
    RequestStatistics statistics;
    @Inject
    RequestIndexing indexing;

    @PostConstruct
    void catchUp() {
        try {
            statistics.rebuildIfBehind();
        } catch (RuntimeException e) {
            // the log works without its statistics; an administrator can rebuild them later
            LOG.log(Level.SEVERE, "disclosure request statistics could not be rebuilt at start-up", e);
        }
        try {
            indexing.startIfBehind();
        } catch (RuntimeException e) {
            // the log is searched again once an administrator rebuilds the index
            LOG.log(Level.SEVERE, "disclosure request search index could not be checked at start-up", e);
        }
    }
}
