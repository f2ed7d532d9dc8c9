package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Business;
import org.madang.identity.domain.BusinessRegistrationNumber;
import org.madang.identity.domain.FamilyRegister;
import org.madang.identity.domain.HealthInsuranceRegister;
import org.madang.identity.domain.Mandate;
import org.madang.identity.domain.PasswordPolicy;
import org.madang.identity.domain.ResidentRegistry;
import org.madang.identity.domain.VerificationLevel;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.CredentialRepository;
import org.madang.identity.infrastructure.PasswordHasher;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.i18n.LanguageChosen;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What a signed-in person does with their own account. Every method acts on the caller only. */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR, Roles.ELECTION_ADMIN,
        Roles.ADMIN, Roles.AUDITOR})
public class AccountSelfService {
    @Inject
    AccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    CurrentUser currentUser;
    @Inject
    CredentialRepository credentials;
    @Inject
    SignInFailures failures;
    @Inject
    Clock clock;
    @Inject
    ResidentRegistry registry;
    @Inject
    FamilyRegister familyRegister;
    @Inject
    org.madang.identity.infrastructure.ResidentIdentityRepository identities;
    @Inject
    HealthInsuranceRegister insurance;

    @OwnDataOnly
    public Views.AccountDetails myAccount() {
        Account a = me();
        return Views.AccountDetails.of(a, accounts.verificationHistory(a), accounts.mandatesOf(a.getId()), Instant.now(clock));
    }

    /**
     * Whether the caller, verified before identity hashes existed, should give their resident
     * registration number once more so that their identity verifies this account only.
     */
    public boolean myIdentityToConfirm() {
        Account a = me();
        return a.getVerification() == org.madang.identity.domain.VerificationLevel.VERIFIED_RESIDENT
                && !identities.isConfirmed(a.getId());
    }

    /**
     * Changes the caller's password. A wrong current password counts toward the lockout; the new
     * one may not be any of the last {@value PasswordPolicy#REUSE_DEPTH}. Every other session of the
     * account ends (the returned session epoch is the one the caller's own session carries on with)
     * and every API token of the account is revoked.
     */
    @Audited("account.changePassword")
    public int changePassword(@NotBlank String current,
                              @NotBlank String next,
                              @NotBlank String confirmation) {
        Account a = me();
        Instant now = Instant.now(clock);
        if (a.isLocked(now)) {
            throw new Conflict("identity.password.locked", Account.LOCK_DURATION.toMinutes());
        }
        if (!hasher.verify(current, a.getPasswordHash())) {
            boolean locked = failures.wrongCurrentPassword(a.getId());
            throw locked ? new Conflict("identity.password.locked", Account.LOCK_DURATION.toMinutes())
                    : new InvalidInput("identity.password.currentWrong").onField("currentPassword");
        }
        List<String> broken = PasswordPolicy.violations(next, a.getEmail());
        if (!broken.isEmpty()) {
            throw new InvalidInput(broken.get(0)).onField("newPassword");
        }
        if (!next.equals(confirmation)) {
            throw new InvalidInput("identity.account.passwordMismatch").onField("confirmation");
        }
        List<String> recent = new java.util.ArrayList<>();
        recent.add(a.getPasswordHash());
        recent.addAll(credentials.previousPasswordHashes(a.getId(), PasswordPolicy.REUSE_DEPTH - 1));
        for (String used : recent) {
            if (hasher.verify(next, used)) {
                throw new InvalidInput("identity.password.reused", PasswordPolicy.REUSE_DEPTH).onField("newPassword");
            }
        }
        credentials.rememberReplacedPassword(a.getId(), a.getPasswordHash(), now, PasswordPolicy.REUSE_DEPTH - 1);
        a.changePassword(hasher.hash(next), now);
        credentials.revokeTokensOf(a.getId(), now);
        return a.getSessionEpoch();
    }

    /** Stores the language a signed-in person picked with the language switch. */
    public void onLanguageChosen(@Observes LanguageChosen chosen) {
        accounts.findAccount(chosen.accountId()).ifPresent(a -> a.chooseLanguage(chosen.language()));
    }

    public String myLanguage() {
        return me().getLanguage();
    }

    /** Asks an administrator for the authority to act for a business. */
    @Audited("mandate.request")
    public long requestMandate(@NotBlank String registrationNumber, @NotBlank @Size(max = 200) String businessName,
                               @Size(max = 300) String address) {
        Account a = me();
        BusinessRegistrationNumber n = BusinessRegistrationNumber.parse(registrationNumber);
        Instant now = Instant.now(clock);
        Business b = accounts.findBusiness(n).orElseGet(() -> {
            Business created = new Business(n, businessName, address, now);
            accounts.add(created);
            return created;
        });
        if (b.getId() != null && accounts.hasLiveMandate(b.getId(), a.getId())) {
            throw new Conflict("identity.mandate.duplicate");
        }
        Mandate m = new Mandate(b, a, now);
        accounts.add(m);
        return m.getId();
    }

    @OwnDataOnly
    public List<Views.MandateView> myMandates() {
        return accounts.mandatesOf(currentUser.accountId()).stream().map(Views.MandateView::of).toList();
    }

    /** The businesses the caller may act for now (approved mandates only). */
    @RolesAllowed(Roles.BUSINESS_REPRESENTATIVE)
    @OwnDataOnly
    public List<Views.MandateView> businessesIRepresent() {
        return accounts.mandatesOf(currentUser.accountId()).stream().filter(Mandate::isActive)
                .map(Views.MandateView::of).toList();
    }

    /**
     * The caller's own household as the resident registry holds it (for their 주민등록표 등본);
     * empty unless the caller is a verified resident the registry knows with a household.
     */
    @OwnDataOnly
    public java.util.Optional<Views.HouseholdRecord> myHousehold() {
        Account a = me();
        if (a.getVerification() != VerificationLevel.VERIFIED_RESIDENT || a.getBirthDate() == null
                || a.getRegion() == null) {
            return java.util.Optional.empty();
        }
        return registry.household(a.getName(), a.getBirthDate(), a.getRegion()).map(h -> new Views.HouseholdRecord(
                a.getId(), h.address(),
                h.members().stream().map(m -> new Views.HouseholdMember(m.name(), m.birthDate(),
                        m.relationship().name(), m.movedIn())).toList(),
                h.pastAddresses().stream().map(p -> new Views.PastAddress(p.address(), p.movedIn(), p.movedOut()))
                        .toList()));
    }

    /**
     * The caller's own record in the family relations register (for their 기본증명서 and
     * 가족관계증명서); empty unless the caller is a verified resident the register knows.
     */
    @OwnDataOnly
    public java.util.Optional<Views.FamilyRecordView> myFamilyRecord() {
        Account a = me();
        if (a.getVerification() != VerificationLevel.VERIFIED_RESIDENT || a.getBirthDate() == null) {
            return java.util.Optional.empty();
        }
        return familyRegister.record(a.getName(), a.getBirthDate()).map(f -> new Views.FamilyRecordView(a.getId(),
                f.domicile(), new Views.FamilyPerson(null, f.person().name(), f.person().birthDate(),
                f.person().sex().name()),
                f.relatives().stream().map(r -> new Views.FamilyPerson(r.kind().name(), r.person().name(),
                        r.person().birthDate(), r.person().sex().name())).toList()));
    }

    /**
     * The caller's own health insurance coverage as the NHIS holds it (for their eligibility
     * certificate); empty unless the caller is a verified resident the register knows.
     */
    @OwnDataOnly
    public java.util.Optional<Views.InsuranceRecordView> myHealthInsurance() {
        Account a = me();
        if (a.getVerification() != VerificationLevel.VERIFIED_RESIDENT || a.getBirthDate() == null) {
            return java.util.Optional.empty();
        }
        List<HealthInsuranceRegister.Coverage> c = insurance.coverages(a.getName(), a.getBirthDate());
        return c.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Views.InsuranceRecordView(a.getId(),
                c.stream().map(p -> new Views.InsurancePeriod(p.kind().name(), p.through(), p.acquired(), p.lost()))
                        .toList()));
    }

    private Account me() {
        return accounts.getAccount(currentUser.accountId());
    }

}
