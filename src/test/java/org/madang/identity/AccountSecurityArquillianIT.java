package org.madang.identity;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.Electorate;
import org.madang.identity.application.ParticipantFacts;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.application.ResidentKeys;
import org.madang.identity.application.ResidentVerification;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationLevel;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.Db;
import org.madang.testsupport.incontainer.Residents;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts against misuse, in the running server: one resident identity verifies one account
 * (refused and audited otherwise), verification attempts are limited, the resident key other
 * contexts key "once only" on, and the duplicates the identity migration finds.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String PASSWORD = "Resident!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    AccountRegistration registration;
    @Inject
    ResidentVerification verification;
    @Inject
    ResidentKeys residentKeys;
    @Inject
    ParticipantFacts facts;
    @Inject
    Electorate electorate;
    @Inject
    AccountAdministration admin;
    @Inject
    Callers callers;
    @Inject
    Residents residents;
    @Inject
    AccountSelfService self;

    record Person(String email, long id) {
    }

    Person register(String name, LocalDate born, Region region) {
        RegistrationForm f = new RegistrationForm();
        String email = "sec" + SEQ.incrementAndGet() + "." + System.nanoTime() + "@it.example.kr";
        f.setName(name);
        f.setEmail(email);
        f.setPassword(PASSWORD);
        f.setPasswordConfirmation(PASSWORD);
        f.setBirthDate(born);
        f.setRegion(region);
        return new Person(email, registration.register(f).accountId());
    }

    <T> T as(Person p, java.util.concurrent.Callable<T> work) throws Exception {
        return callers.as(p.email(), PASSWORD, work);
    }

    void verify(Person p, String number) throws Exception {
        as(p, () -> {
            verification.verify(number);
            return null;
        });
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    static String uniqueName(String base) {
        return base + SEQ.incrementAndGet() + "호";
    }

    @Test
    void aSecondAccountWithTheSameIdentityIsRefusedToldWhereTheFirstIsAndAudited() throws Exception {
        LocalDate born = LocalDate.of(1987, 4, 12);
        String name = uniqueName("중복시험");
        String number = residents.add(name, born, Region.GWANGJU);
        Person first = register(name, born, Region.GWANGJU);
        Person second = register(name, born, Region.GWANGJU);

        verify(first, number);
        UUID firstKey = as(first, () -> residentKeys.require());

        assertThatThrownBy(() -> verify(second, number)).isInstanceOf(Conflict.class).satisfies(t -> {
            assertThat(key(t)).isEqualTo("identity.verify.boundToAnother");
            String masked = (String) ((Conflict) t).arguments()[0];
            assertThat(masked).startsWith(first.email().substring(0, 2)).endsWith("@it.example.kr")
                    .doesNotContain(first.email().substring(0, first.email().indexOf('@')));
        });
        assertThat(Db.count("select count(*) from account where id = ? and verification = 'BASIC'", second.id())).isOne();
        assertThat(Db.count("select count(*) from audit_record where action = 'account.verifyResidency' and actor = ?"
                + " and outcome = 'REFUSED:identity.verify.boundToAnother'", String.valueOf(second.id()))).isOne();
        assertThat(Db.count("select count(*) from verification_attempt where account_id = ? and outcome = 'bound-to-another'",
                second.id())).isOne();
        assertThat(as(second, () -> residentKeys.current())).isEmpty();
        assertThatThrownBy(() -> as(second, () -> residentKeys.require())).isInstanceOf(Forbidden.class);
        assertThat(as(second, () -> facts.mine().verifiedResident())).isFalse();

        // recovery: an administrator lowers the first account, the identity moves to the second,
        // and it is still the same resident for every "once only" rule
        callers.as("admin@madang.go.kr", DEMO, () -> {
            admin.changeVerification(first.id(), VerificationLevel.BASIC, "본인 요청: 새 계정으로 이전", null);
            return null;
        });
        assertThat(as(first, () -> residentKeys.current())).isEmpty();
        verify(second, number);
        assertThat(as(second, () -> residentKeys.require())).isEqualTo(firstKey);
        assertThat(as(second, () -> facts.mine().residentKey())).isEqualTo(firstKey);
        assertThat(Db.count("select count(*) from resident_identity where resident_key = ?::uuid and account_id = ?",
                firstKey.toString(), second.id())).isOne();
    }

    @Test
    void anAccountVerifiedBeforeIdentityHashesHoldsItsIdentityUntilItsHolderConfirmsIt() throws Exception {
        LocalDate born = LocalDate.of(1969, 10, 3);
        String name = uniqueName("이전확인");
        String number = residents.add(name, born, Region.ULSAN);
        Person legacy = register(name, born, Region.ULSAN);
        // as the identity migration left it: verified, a resident key of its own, no identity hash
        Db.update("update account set verification = 'VERIFIED_RESIDENT', verified_at = now() where id = ?", legacy.id());
        Db.update("insert into resident_identity (resident_key, identity_hash, account_id, bound_at)"
                + " values (gen_random_uuid(), null, ?, now())", legacy.id());
        assertThat(as(legacy, () -> self.myIdentityToConfirm())).as("asked to confirm").isTrue();

        Person newcomer = register(name, born, Region.ULSAN);
        assertThatThrownBy(() -> verify(newcomer, number)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("identity.verify.boundToAnother"));
        assertThat(Db.count("select count(*) from account where id = ? and verification = 'BASIC'", newcomer.id())).isOne();

        UUID legacyKey = as(legacy, () -> residentKeys.require());
        verify(legacy, number);
        assertThat(as(legacy, () -> self.myIdentityToConfirm())).as("confirmed").isFalse();
        assertThat(as(legacy, () -> residentKeys.require())).as("same resident as before").isEqualTo(legacyKey);
        assertThatThrownBy(() -> verify(legacy, number)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("identity.verify.alreadyVerified"));
        assertThatThrownBy(() -> verify(newcomer, number)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("identity.verify.boundToAnother"));
    }

    @Test
    void fiveAttemptsADayPerAccountThenEvenTheRightNumberIsRefused() throws Exception {
        LocalDate born = LocalDate.of(1991, 2, 3);
        String name = uniqueName("시도제한");
        String number = residents.add(name, born, Region.ULSAN);
        Person p = register(name, born, Region.ULSAN);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> verify(p, Residents.newNumber(born))).satisfies(
                    t -> assertThat(key(t)).isEqualTo("identity.verify.noMatch"));
        }
        assertThatThrownBy(() -> verify(p, "12345")).satisfies(
                t -> assertThat(key(t)).isEqualTo("identity.verify.invalidNumber"));
        assertThatThrownBy(() -> verify(p, number)).isInstanceOf(Conflict.class).satisfies(t -> {
            assertThat(key(t)).isEqualTo("identity.verify.tooManyAttempts");
            assertThat(((Conflict) t).field()).isEqualTo("residentNumber");
        });
        assertThat(Db.count("select count(*) from account where id = ? and verification = 'BASIC'", p.id())).isOne();
        assertThat(Db.count("select count(*) from verification_attempt where account_id = ?", p.id())).isEqualTo(5);
        assertThat(Db.count("select count(*) from audit_record where action = 'account.verifyResidency' and actor = ?"
                + " and outcome = 'REFUSED:identity.verify.tooManyAttempts'", String.valueOf(p.id()))).isOne();
        assertThat(Db.count("select count(*) from audit_record where action = 'account.verifyResidency' and actor = ?"
                + " and outcome like 'REFUSED:%'", String.valueOf(p.id()))).as("every refusal audited").isEqualTo(6);
    }

    @Test
    void fiveAttemptsADayPerClaimedIdentityWhicheverAccountAsks() throws Exception {
        LocalDate born = LocalDate.of(1969, 12, 24);
        String name = uniqueName("신원제한");
        String number = residents.add(name, born, Region.JEJU);
        Person a = register(name, born, Region.JEJU);
        Person b = register(name, born, Region.JEJU);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> verify(a, Residents.newNumber(born))).isNotNull();
        }
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> verify(b, Residents.newNumber(born))).isNotNull();
        }
        assertThatThrownBy(() -> verify(b, number)).satisfies(
                t -> assertThat(key(t)).isEqualTo("identity.verify.tooManyAttempts"));
        // another person is not held up by these
        LocalDate otherBorn = LocalDate.of(1969, 12, 25);
        String otherName = uniqueName("신원제한");
        String otherNumber = residents.add(otherName, otherBorn, Region.JEJU);
        Person other = register(otherName, otherBorn, Region.JEJU);
        verify(other, otherNumber);
        assertThat(as(other, () -> residentKeys.current())).isPresent();
    }

    @Test
    void theElectorateHasOneAccountPerResident() throws Exception {
        LocalDate born = LocalDate.of(1958, 8, 8);
        String name = uniqueName("선거인");
        String number = residents.add(name, born, Region.SEJONG);
        Person verified = register(name, born, Region.SEJONG);
        Person basic = register(name, born, Region.SEJONG);
        verify(verified, number);
        List<Long> roll = callers.as("election@madang.go.kr", DEMO,
                () -> electorate.verifiedResidents("SEJONG", null, LocalDate.now()));
        assertThat(roll).contains(verified.id()).doesNotContain(basic.id());
        List<String> unknown = new ArrayList<>();
        List<Long> listed = callers.as("election@madang.go.kr", DEMO,
                () -> electorate.accountsOf(List.of(verified.email(), verified.email().toUpperCase(), basic.email()), unknown));
        assertThat(listed).containsExactly(verified.id(), basic.id());
        assertThat(unknown).isEmpty();
    }

    @Test
    void theMigrationFindsVerifiedAccountsOfOneIdentityAndAnAdministratorSeesThem() throws Exception {
        // accounts verified twice before one identity could verify only one account
        LocalDate born = LocalDate.of(1975, 5, 15);
        String name = uniqueName("이중확인");
        Person one = register(name, born, Region.DAEGU);
        Person two = register(" " + name, born, Region.DAEGU);
        Person elsewhere = register(name, born, Region.BUSAN);
        for (Person p : List.of(one, two, elsewhere)) {
            Db.update("update account set verification = 'VERIFIED_RESIDENT' where id = ?", p.id());
        }
        // the migration's own finder, run on today's data
        String finder = migrationFinder();
        List<Long[]> found = new ArrayList<>();
        try (var c = Db.ds().getConnection(); var ps = c.prepareStatement(finder); var rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(new Long[]{rs.getLong(1), rs.getLong(2)});
            }
        }
        Optional<Long> groupOfOne = found.stream().filter(r -> r[1] == one.id()).map(r -> r[0]).findFirst();
        assertThat(groupOfOne).isPresent();
        assertThat(found.stream().filter(r -> r[0].equals(groupOfOne.get())).map(r -> r[1]))
                .containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(found.stream().map(r -> r[1])).doesNotContain(elsewhere.id());

        int group = 100_000 + SEQ.incrementAndGet();
        Db.update("insert into resident_duplicate (group_no, account_id) values (?, ?), (?, ?)",
                group, one.id(), group, two.id());
        var listed = callers.as("admin@madang.go.kr", DEMO, () -> admin.duplicateVerifications());
        assertThat(listed).filteredOn(d -> d.group() == group).extracting(d -> d.id())
                .containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(Db.count("select count(*) from personal_data_access where subject_account_id = ? "
                + "and purpose_key = 'purpose.admin.duplicates'", one.id())).isPositive();
        assertThatThrownBy(() -> as(one, () -> admin.duplicateVerifications()))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    /** The select of the migration's "insert into resident_duplicate", as Flyway ran it. */
    private static String migrationFinder() throws Exception {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("db/migration/V202612070100__identity_resident_identity.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int insert = sql.indexOf("insert into resident_duplicate");
            int select = sql.indexOf("select dense_rank()", insert);
            return sql.substring(select, sql.indexOf(';', select));
        }
    }
}
