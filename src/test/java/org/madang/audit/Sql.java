package org.madang.audit;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain JDBC for AuditTrailArquillianIT, as the application's database user (the tables' owner):
 * reads rows behind the application's back, and tampers with them the way an intruder with that
 * user would, by switching the append-only trigger off for one transaction.
 */
final class Sql {
    private final DataSource ds;

    Sql() {
        try {
            ds = InitialContext.doLookup("jdbc/madang");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows as column-name maps, in query order. */
    List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Runs one statement with the table's trigger disabled, in one transaction (DDL is transactional here). */
    void tamper(String table, String trigger, String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement off = c.prepareStatement("alter table " + table + " disable trigger " + trigger)) {
                    off.execute();
                }
                try (PreparedStatement ps = prepare(c, sql, params)) {
                    ps.executeUpdate();
                }
                try (PreparedStatement on = c.prepareStatement("alter table " + table + " enable trigger " + trigger)) {
                    on.execute();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Runs one statement as an ordinary change and always rolls it back; returns the refusal, if any. */
    Throwable attempt(String sql) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.execute();
                return null;
            } catch (SQLException refused) {
                return refused;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
