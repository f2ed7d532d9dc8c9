package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Mandate;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.PasswordHasher;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.PasswordConfirmation;
import org.madang.privacy.application.PersonalDataEraser;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Identity's side of deleting one's own account: checks the password, refuses staff accounts
 * (closed by an administrator, since an officer's account is also the record of their official
 * acts), and pseudonymises the profile ({@link Account#closeAndPseudonymise}); mandates end, and
 * stay as the business's record under the pseudonym. Only ever for the caller's own account.
 */
@Stateless
@Local({PersonalDataEraser.class, PasswordConfirmation.class})
@RolesAllowed(Roles.CITIZEN)
public class IdentityAccountErasure implements PersonalDataEraser, PasswordConfirmation {
    /** Roles a person may hold and still delete their own account. */
    static final Set<String> SELF_SERVICE_ROLES = Set.of(Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE);

    @Inject
    AccountRepository repo;
    @Inject
    PasswordHasher hasher;
    @Inject
    CurrentUser currentUser;
    @Inject
    ResidentBinding binding;

    @Override
    public boolean confirms(long accountId, String password) {
        return hasher.verify(password, own(accountId).getPasswordHash());
    }

    @Override
    public Optional<String> refusal(long accountId) {
        Account a = own(accountId);
        if (!SELF_SERVICE_ROLES.containsAll(a.getRoles())) {
            return Optional.of("privacy.deletion.staffAccount");
        }
        return Optional.empty();
    }

    @Override
    public void erase(long accountId, Instant now) {
        Account a = own(accountId);
        for (Mandate m : repo.mandatesOf(accountId)) {
            if (m.getStatus() == Mandate.Status.APPROVED) {
                m.revoke(String.valueOf(accountId), "계정 탈퇴 (account deleted by its owner)", now);
            } else if (m.getStatus() == Mandate.Status.REQUESTED) {
                m.reject(String.valueOf(accountId), "계정 탈퇴 (account deleted by its owner)", now);
            }
        }
        // a random password nobody knows, hashed like any other: the stored value stays well-formed
        // the identity is free for a future account of the same person, under the same resident key
        binding.release(accountId);
        a.closeAndPseudonymise(hasher.hash(UUID.randomUUID() + "!Aa1" + UUID.randomUUID()), now);
    }

    private Account own(long accountId) {
        if (currentUser.accountId() != accountId) {
            throw new Forbidden("privacy.accessLog.notYours");
        }
        return repo.getAccount(accountId);
    }
}
