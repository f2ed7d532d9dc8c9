package org.madang.performance.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.performance.application.AggregateRebuild;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run-once job: after the migrations (and the demo data), the aggregate is rebuilt when it does
 * not count every application, e.g. on the first start with this feature or after data was loaded
 * without going through the application services. From then on the recorder keeps it up to date.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorStartup {
    private static final Logger LOG = Logger.getLogger(IndicatorStartup.class.getName());

    @Inject
    AggregateRebuild rebuild;

    @PostConstruct
    void catchUp() {
        try {
            rebuild.rebuildIfBehind();
        } catch (RuntimeException e) {
            // the portal works without its dashboard; an administrator can rebuild later
            LOG.log(Level.SEVERE, "performance aggregate could not be rebuilt at start-up", e);
        }
    }
}
