package org.madang.testsupport.incontainer;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Plain JDBC on the application's data source, for in-container tests to look behind the services
 * (what was committed, outside the application's transactions) and to move things the way only
 * time or an intruder would. The one place tests reach {@code jdbc/madang}: use it, don't look the
 * data source up again.
 */
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

    /** The first column of the first row, or null when there is no row. */
    public static Object value(String sql, Object... params) throws Exception {
        Object[] row = row(sql, params);
        return row == null ? null : row[0];
    }

    /** The first column of every row, in query order. */
    public static List<Object> column(String sql, Object... params) throws Exception {
        try (Connection c = ds().getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<Object> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getObject(1));
            }
            return out;
        }
    }

    /** Every row as a map from column label to value, in query order. */
    public static List<Map<String, Object>> rows(String sql, Object... params) throws Exception {
        try (Connection c = ds().getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
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

    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws Exception {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
