package org.madang.platform.persistence;

import jakarta.annotation.PostConstruct;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.madang.platform.security.RequiredSettings;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at start-up (Flyway owns the schema; Hibernate never generates it),
 * then, in the demo configuration only, asks every context to load its demo data.
 * Outside a container transaction: Flyway commits each migration itself.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());
    /** The advisory lock key of demo loading ("MADANG_D" in ASCII). */
    private static final long DEMO_DATA_LOCK = 0x4D4144414E475F44L;

    @Resource(lookup = "jdbc/madang")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "MADANG_DEMO_DATA", defaultValue = "false")
    boolean demoData;

    @Inject
    Event<DemoDataRequested> demoRequested;

    private volatile boolean migrated;
    private volatile String version = "none";

    @PostConstruct
    void migrate() {
        // first of all: a production start without its secrets stops here, saying which are missing
        Config config = ConfigProvider.getConfig();
        RequiredSettings.check(name -> config.getOptionalValue(name, String.class));
        awaitDatabase();
        long t0 = System.currentTimeMillis();
        MigrateResult r = flyway().migrate();
        version = r.targetSchemaVersion != null ? r.targetSchemaVersion : currentVersion();
        migrated = true;
        LOG.info(() -> "Flyway: " + r.migrationsExecuted + " migration(s) applied, schema at " + version + " in "
                + (System.currentTimeMillis() - t0) + " ms");
        if (demoData) {
            LOG.info("MADANG_DEMO_DATA=true: loading demo data");
            loadDemoDataAlone();
        }
    }

    /**
     * Several instances started together (compose, a Kubernetes rollout) would each load the demo
     * data at once; under one session-level advisory lock the first loads it and the others wait,
     * then find it there (every loader skips what exists). Flyway takes its own lock the same way.
     */
    private void loadDemoDataAlone() {
        try (Connection c = dataSource.getConnection(); Statement lock = c.createStatement()) {
            lock.execute("select pg_advisory_lock(" + DEMO_DATA_LOCK + ")");
            try {
                loadDemoData(demoRequested);
            } finally {
                lock.execute("select pg_advisory_unlock(" + DEMO_DATA_LOCK + ")");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("demo data lock", e);
        }
    }

    /**
     * Demo data is a convenience: a loader that fails (its own transaction rolled back) is logged and
     * the portal still starts, rather than the whole application failing to deploy. Loaders after the
     * failing one are not run, which the log says.
     */
    static boolean loadDemoData(Event<DemoDataRequested> requested) {
        try {
            requested.fire(new DemoDataRequested());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo data could not be loaded completely (later loaders were skipped); the portal "
                    + "starts without it", e);
            return false;
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** Liberty may start before the database (compose, CI): wait up to a minute rather than fail. */
    private void awaitDatabase() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Connection c = dataSource.getConnection()) {
                return;
            } catch (Exception e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("database unreachable", e);
                }
                LOG.log(Level.INFO, "waiting for the database: {0}", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
    }

    private String currentVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** True when no migration is pending (checked live, for the readiness probe). */
    public boolean isUpToDate() {
        return migrated && flyway().info().pending().length == 0;
    }

    public String getVersion() {
        return version;
    }
}
