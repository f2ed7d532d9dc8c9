package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.PasswordPolicy;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.ResidentRegistrationNumber;
import org.madang.identity.domain.VerificationChange;
import org.madang.identity.domain.VerificationLevel;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.PasswordHasher;
import org.madang.identity.infrastructure.ResidentIdentityRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.DataSubject;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An administrator's work on accounts: find, open (recorded in the personal-data access log),
 * verification level with a reason, roles, officers' departments, unlocking.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountAdministration {
    @Inject
    AccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    CurrentUser currentUser;
    @Inject
    ResidentBinding binding;
    @Inject
    ResidentIdentityRepository identities;
    @Inject
    Clock clock;

    @PersonalDataAccess(purpose = "purpose.admin.accountSearch", fields = {"name", "email"})
    public List<Views.AccountSummary> search(@Size(max = 100) String query, String role) {
        if (role != null && !role.isBlank() && !Roles.ALL.contains(role)) {
            throw new InvalidInput("identity.role.unknown", role);
        }
        return accounts.search(query, role, 50).stream().map(Views.AccountSummary::of).toList();
    }

    @PersonalDataAccess(purpose = "purpose.admin.account",
            fields = {"name", "email", "birthDate", "region", "verification", "roles", "mandates"})
    public Views.AccountDetails open(@DataSubject long accountId) {
        Account a = accounts.getAccount(accountId);
        return Views.AccountDetails.of(a, accounts.verificationHistory(a), accounts.mandatesOf(accountId), Instant.now(clock));
    }

    /**
     * Changes an account's level with a reason. Making it a verified resident needs the resident
     * registration number the administrator checked (at the counter, on an identity card): the same
     * registry match and "one identity, one account" rule apply as to a citizen verifying online.
     * Lowering a verified resident frees their identity for another account (how a person who lost
     * their first account is moved to a new one).
     */
    @Audited("account.changeVerification")
    public void changeVerification(@AuditTarget("account") long accountId, @NotNull VerificationLevel level,
                                   @NotBlank @Size(max = 1000) String reason, @Size(max = 20) String residentNumber) {
        Account a = accounts.getAccount(accountId);
        Instant now = Instant.now(clock);
        boolean wasResident = a.getVerification() == VerificationLevel.VERIFIED_RESIDENT;
        VerificationChange c = a.changeLevelByAdmin(level, reason, currentUser.actorId(), now);
        if (level == VerificationLevel.VERIFIED_RESIDENT) {
            if (residentNumber == null || residentNumber.isBlank()) {
                throw new InvalidInput("identity.verify.numberRequired").onField("residentNumber");
            }
            binding.bind(a, ResidentRegistrationNumber.parse(residentNumber, a.getBirthDate()), now);
        } else if (wasResident) {
            binding.release(accountId);
        }
        identities.record(c);
    }

    /**
     * The verified accounts that the identity migration found sharing one registry identity, by
     * group, with their level now: an administrator lowers all but the one the person keeps.
     */
    @PersonalDataAccess(purpose = "purpose.admin.duplicates", fields = {"name", "email", "birthDate", "region"})
    public List<Views.DuplicateAccount> duplicateVerifications() {
        return identities.duplicates().stream().map(d -> Views.DuplicateAccount.of(d.group(), d.account(),
                identities.isConfirmed(d.account().getId()))).toList();
    }

    @Audited("account.grantRole")
    public void grantRole(@AuditTarget("account") long accountId, @NotBlank String role) {
        if (Roles.OFFICER.equals(role) || Roles.SUPERVISOR.equals(role)) {
            throw new InvalidInput("identity.role.needsDepartment").onField("role");
        }
        if (Roles.BUSINESS_REPRESENTATIVE.equals(role)) {
            throw new InvalidInput("identity.role.needsMandate").onField("role");
        }
        if (Roles.PRIVACY_OFFICER.equals(role) && accounts.getAccount(accountId).getDepartment() == null) {
            // a privacy officer answers for their agency, which only their department tells
            throw new InvalidInput("role.PRIVACY_OFFICER.needsDepartment").onField("roleToGrant");
        }
        if (Roles.MODERATOR.equals(role) && accounts.getAccount(accountId).getDepartment() == null) {
            // a moderator moderates their agency's debates and petitions, which only their department tells
            throw new InvalidInput("role.MODERATOR.needsDepartment").onField("roleToGrant");
        }
        accounts.getAccount(accountId).grantRole(role);
    }

    @Audited("account.revokeRole")
    public void revokeRole(@AuditTarget("account") long accountId, @NotBlank String role) {
        if (accountId == currentUser.accountId() && Roles.ADMIN.equals(role)) {
            throw new Conflict("identity.role.cannotRevokeOwnAdmin");
        }
        accounts.getAccount(accountId).revokeRole(role);
    }

    @Audited("account.assignDepartment")
    public void assignToDepartment(@AuditTarget("account") long accountId, long departmentId, boolean supervisor) {
        Account a = accounts.getAccount(accountId);
        var d = accounts.getDepartment(departmentId);
        if (supervisor) {
            a.supervise(d);
        } else {
            a.assignToDepartment(d);
        }
    }

    @Audited("account.unlock")
    public void unlock(@AuditTarget("account") long accountId) {
        accounts.getAccount(accountId).recordSuccessfulSignIn();
    }

    /** Creates an officer's account with a first password the administrator hands over. */
    @Audited("account.createOfficer")
    public long createOfficer(@NotBlank String email, @NotBlank @Size(max = 100) String name,
                              @NotNull LocalDate birthDate, @NotNull Region region, long departmentId,
                              boolean supervisor, @NotBlank String initialPassword) {
        List<String> broken = PasswordPolicy.violations(initialPassword, email);
        if (!broken.isEmpty()) {
            throw new InvalidInput(broken.get(0)).onField("initialPassword");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new Conflict("identity.officer.emailTaken").onField("email");
        }
        var d = accounts.getDepartment(departmentId);
        Account a = new Account(email, name, hasher.hash(initialPassword), birthDate, region, "ko", Instant.now(clock));
        if (supervisor) {
            a.supervise(d);
        } else {
            a.assignToDepartment(d);
        }
        accounts.add(a);
        return a.getId();
    }
}
