package org.madang.privacy;

import org.madang.testsupport.InContainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.domain.Region;

import org.madang.testsupport.incontainer.Db;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For PrivacyArquillianIT: fresh citizens (each test makes its own, so counts start at zero), and
 * {@link Db}'s plain JDBC outside the application's transactions, to read what was committed and to
 * move due dates into the past.
 */
@InContainer
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
        return call(() -> {
            Object v = Db.value(sql, params); // SQL null (max of nothing) reads as 0, as ResultSet.getLong does
            return v == null ? 0L : ((Number) v).longValue();
        }, sql);
    }

    public String text(String sql, Object... params) {
        return call(() -> {
            Object v = Db.value(sql, params);
            return v == null ? null : v.toString();
        }, sql);
    }

    public int update(String sql, Object... params) {
        return call(() -> Db.update(sql, params), sql);
    }

    /** {@link Db} without checked exceptions, so the tests' lambdas stay short. */
    private static <T> T call(Callable<T> query, String sql) {
        try {
            return query.call();
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
