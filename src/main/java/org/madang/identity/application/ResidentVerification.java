package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.InvalidResidentNumber;
import org.madang.identity.domain.ResidentRegistrationNumber;
import org.madang.identity.domain.VerificationLevel;
import org.madang.identity.domain.VerificationLimit;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.ResidentIdentityKey;
import org.madang.identity.infrastructure.ResidentIdentityRepository;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;

/**
 * A citizen proves to be a resident: the number they type is matched against the registry, used
 * once for the keyed identity hash and forgotten. One identity verifies at most one account; five
 * attempts a day per account and per claimed identity ({@link VerificationLimit}); every attempt
 * is counted and audited, refused ones included.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class ResidentVerification {
    @Inject
    AccountRepository accounts;
    @Inject
    ResidentIdentityRepository identities;
    @Inject
    ResidentIdentityKey key;
    @Inject
    ResidentBinding binding;
    @Inject
    VerificationAttempts attempts;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @Audited("account.verifyResidency")
    public void verify(@NotBlank @Size(max = 20) String residentNumber) {
        Account a = accounts.getAccount(currentUser.accountId());
        Instant now = Instant.now(clock);
        // an account verified before identity hashes existed may give its number once to confirm
        boolean confirming = a.getVerification() == VerificationLevel.VERIFIED_RESIDENT;
        if (confirming && identities.isConfirmed(a.getId())) {
            throw new Conflict("identity.verify.alreadyVerified");
        }
        String claim = key.claim(a.getName(), a.getBirthDate(), a.getRegion());
        Instant since = VerificationLimit.windowStart(now);
        if (!VerificationLimit.allows(identities.attemptsByAccountSince(a.getId(), since),
                identities.attemptsByClaimSince(claim, since))) {
            throw new Conflict("identity.verify.tooManyAttempts", VerificationLimit.PER_DAY).onField("residentNumber");
        }
        String outcome = "error";
        try {
            ResidentRegistrationNumber n = ResidentRegistrationNumber.parse(residentNumber, a.getBirthDate());
            binding.bind(a, n, now);
            if (!confirming) {
                identities.record(a.verifyAsResident(now));
            }
            outcome = confirming ? "confirmed" : "verified";
        } catch (InvalidResidentNumber e) {
            outcome = "invalid-number";
            throw e;
        } catch (BusinessException e) {
            outcome = switch (e.messageKey()) {
                case "identity.verify.noMatch" -> "no-match";
                case "identity.verify.boundToAnother" -> "bound-to-another";
                default -> "refused";
            };
            throw e;
        } finally {
            attempts.record(a.getId(), claim, now, outcome);
        }
    }
}
