package org.madang.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.madang.platform.persistence.DatabaseMigrator;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready when the database answers and every Flyway migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Resource(lookup = "jdbc/madang")
    DataSource dataSource;
    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean answers = c.isValid(2);
            boolean upToDate = migrator.isUpToDate();
            return b.status(answers && upToDate)
                    .withData("connection", answers)
                    .withData("migrations", upToDate ? "up to date" : "pending")
                    .withData("schemaVersion", migrator.getVersion())
                    .build();
        } catch (Exception e) {
            return b.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
