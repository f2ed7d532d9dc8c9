package org.madang.identity;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.MandateAdministration;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.application.ResidentVerification;
import org.madang.identity.application.SignInService;
import org.madang.identity.domain.Agency;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationLevel;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.Roles;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.Residents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity services inside the running server, through their EJB boundary: registration,
 * lockout, roles enforced by @RolesAllowed, verification with a reason, the resident registry,
 * mandates, and the audit and access-log records each of them must leave.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityArquillianIT {
    private static final String DEMO = "Madang!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    AccountRegistration registration;
    @Inject
    SignInService signIn;
    @Inject
    AccountSelfService self;
    @Inject
    AccountAdministration admin;
    @Inject
    MandateAdministration mandates;
    @Inject
    OrganisationDirectory directory;
    @Inject
    Callers callers;
    @Inject
    Residents residents;
    @Inject
    ResidentVerification verification;
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    private long register(String name, String email, String password, LocalDate birth, Region region) {
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(email);
        f.setPassword(password);
        f.setPasswordConfirmation(password);
        f.setBirthDate(birth);
        f.setRegion(region);
        var r = registration.register(f);
        assertThat(r.outcome()).isEqualTo(AccountRegistration.Outcome.CREATED);
        return r.accountId();
    }

    private static String email(String prefix) {
        return prefix + "." + System.nanoTime() + "." + SEQ.incrementAndGet() + "@it.example.kr";
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @Test
    void registrationCreatesABasicCitizenOnceAndIsAudited() {
        String e = email("reg");
        long id = register("테스트 시민", e, "Citizen!2026", LocalDate.of(1990, 1, 2), Region.BUSAN);
        assertThat(count("select count(*) from account where id = ?1 and verification = 'BASIC'", id)).isOne();
        assertThat(count("select count(*) from account_role where account_id = ?1 and role = 'CITIZEN'", id)).isOne();
        assertThat(count("select count(*) from account where password_hash like 'PBKDF2WithHmacSHA256:%' and id = ?1", id))
                .as("Jakarta Security PBKDF2 hash").isOne();
        assertThat(count("select count(*) from audit_record where action = 'account.register' and target = ?1 "
                + "and outcome = 'SUCCESS'", "account:" + id)).isOne();

        // the same e-mail again: nothing new, and the caller cannot tell the difference from the page
        RegistrationForm again = new RegistrationForm();
        again.setName("다른 사람");
        again.setEmail(e.toUpperCase());
        again.setPassword("Another!2026");
        again.setPasswordConfirmation("Another!2026");
        again.setBirthDate(LocalDate.of(1980, 1, 1));
        again.setRegion(Region.SEOUL);
        assertThat(registration.register(again).outcome()).isEqualTo(AccountRegistration.Outcome.ALREADY_REGISTERED);
        assertThat(count("select count(*) from account where email = ?1", e)).isOne();
    }

    @Test
    void aWeakPasswordIsRefusedAndNothingIsStored() {
        String e = email("weak");
        RegistrationForm f = new RegistrationForm();
        f.setName("약한 비번");
        f.setEmail(e);
        f.setPassword("password");
        f.setPasswordConfirmation("password");
        f.setBirthDate(LocalDate.of(1990, 1, 2));
        f.setRegion(Region.SEOUL);
        assertThatThrownBy(() -> registration.register(f))
                .isInstanceOf(InvalidInput.class)
                .extracting(x -> ((BusinessException) x).field()).isEqualTo("password");
        assertThat(count("select count(*) from account where email = ?1", e)).isZero();
        assertThat(count("select count(*) from audit_record where action = 'account.register' "
                + "and outcome = 'REFUSED:password.rule.lengthAndKinds'")).isPositive();
    }

    @Test
    void theFifthWrongPasswordLocksAndTheRightOneIsThenRefused() {
        String e = email("lock");
        long id = register("잠금 시험", e, "Locked!Out2026", LocalDate.of(1970, 5, 5), Region.ULSAN);
        assertThat(signIn.authenticate(e, "Locked!Out2026", "198.51.100.1")).isPresent();
        // from five addresses (one address counts at most three failures toward the lockout)
        for (int i = 0; i < 4; i++) {
            assertThat(signIn.authenticate(e, "wrong-" + i, "198.51.100." + (10 + i))).isEmpty();
        }
        assertThat(count("select count(*) from account where id = ?1 and locked_until is null", id)).isOne();
        assertThat(signIn.authenticate(e, "wrong-5", "198.51.100.20")).isEmpty();
        Instant lockedUntil = (Instant) em.createQuery("select a.lockedUntil from Account a where a.id = :id")
                .setParameter("id", id).getSingleResult();
        assertThat(lockedUntil).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(signIn.authenticate(e, "Locked!Out2026", "198.51.100.21")).as("locked").isEmpty();
        assertThat(count("select count(*) from audit_record where action = 'account.signIn' and target = ?1 "
                + "and outcome = 'REFUSED:locked'", "account:" + id)).isOne();
    }

    @Test
    void administrationIsRefusedToAnonymousCallersAndToTheWrongRole() {
        assertThatThrownBy(() -> admin.search("", null)).isInstanceOf(EJBAccessException.class);
        callers.signIn("citizen@madang.go.kr", DEMO);
        assertThatThrownBy(() -> admin.changeVerification(1L, VerificationLevel.VERIFIED_RESIDENT, "no right to", null))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> mandates.list(null)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> directory.createAgency("HACK", "해킹", "Hack", Agency.Kind.COMMISSION))
                .isInstanceOf(EJBAccessException.class);
        // but reading the public directory is fine
        assertThat(directory.agencies()).extracting(a -> a.code()).contains("NTS", "KCS", "MOIS", "SEOUL");
    }

    @Test
    void anAdministratorChangesALevelOnlyWithAReasonAndOpeningAnAccountIsLogged() {
        long id = register("레벨 변경", email("level"), "Level!Up2026", LocalDate.of(1995, 3, 3), Region.JEJU);
        String number = residents.add("레벨 변경", LocalDate.of(1995, 3, 3), Region.JEJU);
        callers.signIn("admin@madang.go.kr", DEMO);
        assertThatThrownBy(() -> admin.changeVerification(id, VerificationLevel.VERIFIED_RESIDENT, "   ", number))
                // Bean Validation refuses a blank reason at the boundary, unwrapped: an application
                // exception (WEB-INF/ejb-jar.xml), which the container neither wraps nor logs
                .isInstanceOf(ConstraintViolationException.class);
        // a verified resident needs the number the administrator checked, matched like anyone's
        assertThatThrownBy(() -> admin.changeVerification(id, VerificationLevel.VERIFIED_RESIDENT, "신분증 확인", null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(t -> assertThat(((BusinessException) t).messageKey()).isEqualTo("identity.verify.numberRequired"));
        assertThatThrownBy(() -> admin.changeVerification(id, VerificationLevel.VERIFIED_RESIDENT, "신분증 확인",
                Residents.newNumber(LocalDate.of(1995, 3, 3)))).isInstanceOf(InvalidInput.class)
                .satisfies(t -> assertThat(((BusinessException) t).messageKey()).isEqualTo("identity.verify.noMatch"));
        admin.changeVerification(id, VerificationLevel.VERIFIED_RESIDENT, "신분증 대면 확인 (민원실)", number);
        var opened = admin.open(id);
        assertThat(opened.verification()).isEqualTo(VerificationLevel.VERIFIED_RESIDENT);
        assertThat(opened.levelHistory()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("신분증 대면 확인 (민원실)"));
        assertThat(count("select count(*) from audit_record where action = 'account.changeVerification' "
                + "and target = ?1 and actor_role = 'ADMIN' and outcome = 'SUCCESS'", "account:" + id)).isOne();
        assertThat(count("select count(*) from personal_data_access where subject_account_id = ?1 "
                + "and purpose_key = 'purpose.admin.account' and actor_role = 'ADMIN'", id)).isOne();
    }

    @Test
    void aCitizenBecomesAVerifiedResidentOnlyWhenTheRegistryMatches() {
        String e = email("verify");
        LocalDate born = LocalDate.of(1999, 9, 18);
        String number = residents.add("한소희", born, Region.DAEJEON);
        String digits = number.replace("-", "");
        String wrongLastDigit = number.substring(0, 13) + (number.charAt(13) == '0' ? '1' : '0');
        register("한소희", e, "Daejeon!1999", born, Region.DAEJEON);
        callers.signIn(e, "Daejeon!1999");
        assertThatThrownBy(() -> verification.verify(wrongLastDigit)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> verification.verify("990919-" + number.substring(7))).isInstanceOf(InvalidInput.class);
        verification.verify(number);
        assertThat(self.myAccount().verification()).isEqualTo(VerificationLevel.VERIFIED_RESIDENT);
        // the registry keeps salted hashes only, the identity a keyed hash
        assertThat(count("select count(*) from resident where id_hash like ?1 or id_salt like ?1", "%" + digits + "%"))
                .isZero();
        assertThat(count("select count(*) from resident_identity where identity_hash ~ '^[0-9a-f]{64}$' "
                + "and identity_hash not like ?1", "%" + digits + "%")).isPositive();
    }

    @Test
    void aMandateApprovedByAnAdministratorMakesARepresentative() throws Exception {
        String e = email("mandate");
        long id = register("대표 시험", e, "Mandate!2026", LocalDate.of(1977, 7, 7), Region.GWANGJU);
        long mandateId = callers.as(e, "Mandate!2026", () -> self.requestMandate("104-81-00000", "광주전자", null));
        callers.signIn("admin@madang.go.kr", DEMO);
        assertThatThrownBy(() -> mandates.reject(mandateId, " ")).isInstanceOf(ConstraintViolationException.class);
        mandates.approve(mandateId);
        assertThat(admin.open(id).roles()).contains(Roles.BUSINESS_REPRESENTATIVE);
        assertThatThrownBy(() -> mandates.approve(mandateId)).isInstanceOf(BusinessException.class);
        mandates.revoke(mandateId, "대표 변경");
        assertThat(admin.open(id).roles()).doesNotContain(Roles.BUSINESS_REPRESENTATIVE);
        assertThat(count("select count(*) from audit_record where action like 'mandate.%' and target = ?1",
                "mandate:" + mandateId)).isEqualTo(4); // refused reject, approve, refused second approve, revoke
        assertThat(count("select count(*) from audit_record where action = 'mandate.reject' and target = ?1 "
                + "and outcome like 'ERROR:%'", "mandate:" + mandateId)).as("a refused call is audited too").isOne();
    }

    @Test
    void officersAreCreatedInADepartmentAndSeeTheirColleagues() throws Exception {
        callers.signIn("admin@madang.go.kr", DEMO);
        long dept = directory.departments().stream().filter(d -> d.code().equals("SEOUL_CUST")).findFirst()
                .orElseThrow().id();
        String e = email("officer");
        admin.createOfficer(e, "세관 담당", LocalDate.of(1986, 6, 6), Region.SEOUL, dept, false, "Customs!2026");
        callers.signOut();
        List<String> names = callers.as(e, "Customs!2026",
                () -> directory.myDepartment().colleagues().stream().map(c -> c.name()).toList());
        assertThat(names).contains("세관 담당");
    }
}
