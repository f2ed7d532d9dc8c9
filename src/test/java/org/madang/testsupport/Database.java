package org.madang.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

/**
 * Plain JDBC from outside the server (browser and HTTP tests) to the database that {@code mvn
 * verify} started (port in {@code madang.db.port}), for a test to give its own fresh account data
 * that no page can create quickly, or to let time pass. In-container tests use
 * {@code testsupport.incontainer.Db} on the application's data source instead.
 */
public final class Database {
    private Database() {
    }

    private static Connection connect() throws Exception {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("madang.db.port", "5433") + "/madang";
        return DriverManager.getConnection(url, "madang", "madang");
    }

    /** Runs one change; returns the number of rows it touched. */
    public static int update(String sql, Object... params) throws Exception {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** The first column of the first row as a number (a count, an id). */
    public static long number(String sql, Object... params) throws Exception {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return ((Number) Objects.requireNonNull(rs.getObject(1), sql)).longValue();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws Exception {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
