package org.madang.platform.error;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database out of reach is told from every other failure, however deeply the container wrapped it. */
class FailuresTest {
    @Test
    void aDatabaseThatRefusesOrDroppedTheConnectionIsUnavailable() {
        // as the PostgreSQL driver reports a stopped server, wrapped by the pool, JPA and the EJB container
        var refused = new SQLNonTransientConnectionException("Connection to localhost:5433 refused", "08001",
                new ConnectException("Connection refused"));
        var wrapped = new IllegalStateException("EJB", new RuntimeException("JPA", new SQLException("DSRA0010E", "08001", refused)));
        assertThat(Failures.databaseUnavailable(wrapped)).isTrue();
        assertThat(Failures.databaseUnavailable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(Failures.databaseUnavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(Failures.databaseUnavailable(new SQLTransientConnectionException("pool timeout"))).isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertThat(Failures.databaseUnavailable(batch)).as("the cause kept as the next exception").isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Failures.databaseUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Failures.databaseUnavailable(new SQLException("no state"))).isFalse();
        assertThat(Failures.databaseUnavailable(new IllegalArgumentException("x", new NullPointerException()))).isFalse();
        assertThat(Failures.databaseUnavailable(null)).isFalse();
    }
}
