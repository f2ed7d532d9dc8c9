package org.madang.audit;

import org.madang.testsupport.InContainer;
import org.madang.testsupport.incontainer.Db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * For AuditTrailArquillianIT, on {@link Db}'s connection as the application's database user (the
 * tables' owner): reads rows behind the application's back, and tampers with them the way an
 * intruder with that user would, by switching the append-only trigger off for one transaction.
 */
@InContainer
final class Sql {
    /** Rows as column-name maps, in query order. */
    List<Map<String, Object>> rows(String sql, Object... params) throws Exception {
        return Db.rows(sql, params);
    }

    /** Runs one statement with the table's trigger disabled, in one transaction (DDL is transactional here). */
    void tamper(String table, String trigger, String sql, Object... params) throws Exception {
        try (Connection c = Db.ds().getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement off = c.prepareStatement("alter table " + table + " disable trigger " + trigger)) {
                    off.execute();
                }
                try (PreparedStatement ps = Db.prepare(c, sql, params)) {
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
    Throwable attempt(String sql) throws Exception {
        try (Connection c = Db.ds().getConnection()) {
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
}
