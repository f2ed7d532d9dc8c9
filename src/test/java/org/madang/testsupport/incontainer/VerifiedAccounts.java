package org.madang.testsupport.incontainer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many verified residents for in-container tests of "once per resident" at scale (hundreds of
 * supporters at once), cheaply: each is a new resident in the registry ({@link Residents}) with an
 * account written straight into the table under a password hash of only 1,024 PBKDF2 (Liberty's least) iterations
 * (the portal verifies a hash with the iterations stored in it, so signing in stays fast), then
 * verified by the administrator through identity's real binding, which gives the resident key.
 * Registering through the form would cost two full-strength hashes per person.
 *
 * <pre>
 * List&lt;Person&gt; people = verified.create(200, Region.BUSAN, "secret!2026");
 * </pre>
 * Call {@link #create} signed in as nobody: it signs the administrator in for the verifications.
 */
@ApplicationScoped
public class VerifiedAccounts {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Pbkdf2PasswordHash pbkdf2;
    @Inject
    Residents residents;
    @Inject
    Callers callers;
    @Inject
    AccountAdministration administration;

    public record Person(long id, String email) {
    }

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "1024", "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** {@code n} new CITIZEN accounts, each a verified resident of {@code region} with its own resident key. */
    public List<Person> create(int n, Region region, String password) throws Exception {
        String hash = pbkdf2.generate(password.toCharArray());
        List<Person> people = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int seq = SEQ.incrementAndGet();
            // names and birth dates spread, so the registry never holds many people under one key
            String name = "검증주민" + seq;
            LocalDate born = LocalDate.of(1950 + seq % 50, 1 + seq % 12, 1 + seq % 28);
            numbers.add(residents.add(name, born, region));
            String email = "verified." + System.nanoTime() + "." + seq + "@it.example.kr";
            long id = Db.count("insert into account (email, name, password_hash, birth_date, region, created_at,"
                    + " password_changed_at) values (?, ?, ?, ?, ?, now(), now()) returning id",
                    email, name, hash, born, region.name());
            Db.update("insert into account_role (account_id, role) values (?, 'CITIZEN')", id);
            people.add(new Person(id, email));
        }
        callers.as("admin@madang.go.kr", "Madang!2026", () -> {
            for (int i = 0; i < n; i++) {
                administration.changeVerification(people.get(i).id(), VerificationLevel.VERIFIED_RESIDENT,
                        "integration test fixture", numbers.get(i));
            }
            return null;
        });
        return people;
    }
}
