package org.madang.disclosure.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After migrations and demo data: when the index does not hold as many publications as the
 * database (a new server, a lost index folder, another backend), it is rebuilt in the background;
 * search answers from the part already indexed meanwhile.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {
    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

    @Inject
    IndexRebuilder rebuilder;

    @PostConstruct
    void check() {
        try {
            long[] c = rebuilder.counts();
            if (c[0] == c[1]) {
                LOG.info("search index: " + c[1] + " publications, in step with the database");
                return;
            }
            LOG.info("search index: " + c[1] + " indexed, " + c[0] + " in the database; rebuilding");
            rebuilder.start();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "search index could not be checked; search may miss items until it is rebuilt", e);
        }
    }
}
