package org.madang.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.domain.Region;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For PrivacyArquillianIT: fresh citizens (each test makes its own, so counts start at zero), and
 * plain JDBC outside the application's transactions, to read what was committed and to move due
 * dates into the past.
 */
@ApplicationScoped
public class PrivacyFixtures {
    public static final String DEMO = "Madang!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    AccountRegistration registration;

    public record Citizen(long id, String email, String password) {
    }

    public Citizen newCitizen(String prefix) {
        String email = prefix + "." + System.nanoTime() + "." + SEQ.incrementAndGet() + "@privacy-it.example.kr";
        String password = "Privacy!2026";
        RegistrationForm f = new RegistrationForm();
        f.setName("열람 시험 " + SEQ.get());
        f.setEmail(email);
        f.setPassword(password);
        f.setPasswordConfirmation(password);
        f.setBirthDate(LocalDate.of(1987, 6, 15));
        f.setRegion(Region.BUSAN);
        return new Citizen(registration.register(f).accountId(), email, password);
    }

    public long accountId(String email) {
        return number("select id from account where email = ?", email);
    }

    public long number(String sql, Object... params) {
        try (Connection c = ds().getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public String text(String sql, Object... params) {
        try (Connection c = ds().getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = ds().getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    private static DataSource ds() {
        try {
            return InitialContext.doLookup("jdbc/madang");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
