package org.madang.testsupport.incontainer;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

/** Plain JDBC on the application's data source, for in-container tests to look behind the services. */
public final class Db {
    private Db() {
    }

    public static DataSource ds() throws Exception {
        return InitialContext.doLookup("jdbc/madang");
    }

    /** The first row's columns, or null when there is none. */
    public static Object[] row(String sql, Object... params) throws Exception {
        try (Connection c = ds().getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Object[] out = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getObject(i + 1);
            }
            return out;
        }
    }

    /** The first column of the first row as a number (a count, an id). */
    public static long count(String sql, Object... params) throws Exception {
        return ((Number) Objects.requireNonNull(row(sql, params), sql)[0]).longValue();
    }

    /** Runs one change; returns the number of rows it touched. */
    public static int update(String sql, Object... params) throws Exception {
        try (Connection c = ds().getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    public static long accountId(String email) throws Exception {
        return count("select id from account where email = ?", email);
    }

    public static long department(String agency, String code) throws Exception {
        return count("select d.id from department d join agency a on a.id = d.agency_id where a.code = ? and d.code = ?",
                agency, code);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws Exception {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
