package org.madang.platform.changes;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The PostgreSQL driver's own interface for reading notifications, reached through Liberty's
 * connection wrapper. Its own class, so that an application that cannot see the driver's classes
 * (the driver library not shared with it) fails here, with a LinkageError the listener reports,
 * and nowhere else.
 */
final class PgNotifications {
    private final PGConnection connection;

    private PgNotifications(PGConnection connection) {
        this.connection = connection;
    }

    static PgNotifications of(Connection c) throws SQLException {
        return new PgNotifications(c.unwrap(PGConnection.class));
    }

    /** The payloads of the notifications that came, waiting at most {@code millis} for the first. */
    List<String> next(int millis) throws SQLException {
        PGNotification[] got = connection.getNotifications(millis);
        return got == null ? List.of() : java.util.Arrays.stream(got).map(PGNotification::getParameter).toList();
    }
}
