package org.madang.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.ResidentIdentity;
import org.madang.identity.domain.ResidentRegistrationNumber;
import org.madang.identity.domain.ResidentRegistry;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.ResidentIdentityKey;
import org.madang.identity.infrastructure.ResidentIdentityRepository;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Ties a registry identity to one account, for the self-service verification and for an
 * administrator's, inside their transactions: the registry must match, and an identity that
 * already verifies another account is refused, naming that account's masked e-mail so the person
 * can find it again.
 */
@ApplicationScoped
public class ResidentBinding {
    @Inject
    ResidentRegistry registry;
    @Inject
    ResidentIdentityKey key;
    @Inject
    ResidentIdentityRepository identities;
    @Inject
    AccountRepository accounts;

    /** Checks the number against the registry and binds its identity to {@code a}. */
    public void bind(Account a, ResidentRegistrationNumber n, Instant now) {
        if (!registry.matches(a.getName(), a.getBirthDate(), a.getRegion(), n)) {
            throw new InvalidInput("identity.verify.noMatch").onField("residentNumber");
        }
        String hash = key.identity(n);
        Optional<ResidentIdentity> known = identities.findByHashForUpdate(hash);
        Optional<ResidentIdentity> mine = identities.findByAccount(a.getId());
        if (known.isPresent()) {
            ResidentIdentity r = known.get();
            if (r.getAccountId() != null && !r.isBoundTo(a.getId())) {
                throw boundToAnother(r.getAccountId());
            }
            if (mine.isPresent() && !mine.get().equals(r)) {
                throw new Conflict("identity.verify.otherIdentity").onField("residentNumber");
            }
            r.bindTo(a.getId(), now);
        } else if (mine.isPresent()) {
            mine.get().confirm(hash); // verified before identity hashes existed
        } else {
            // an account of the same person verified before hashes existed holds the identity until
            // its holder confirms or an administrator lowers it: no second verified account meanwhile
            List<Account> legacy = identities.unconfirmedVerifiedLike(a.getName(), a.getBirthDate(), a.getRegion(), a.getId());
            if (!legacy.isEmpty()) {
                throw boundToAnother(legacy.get(0).getId());
            }
            try {
                identities.add(new ResidentIdentity(hash, a.getId(), now));
            } catch (PersistenceException raced) {
                // another account bound the same identity a moment ago
                throw new Conflict("identity.verify.boundToAnother", "***").onField("residentNumber");
            }
        }
    }

    /** The account no longer is a verified resident: its identity is free for the next account. */
    public void release(long accountId) {
        identities.findByAccount(accountId).ifPresent(ResidentIdentity::release);
        identities.flush();
    }

    private Conflict boundToAnother(long otherAccountId) {
        String masked = accounts.findAccount(otherAccountId).map(o -> maskEmail(o.getEmail())).orElse("***");
        return new Conflict("identity.verify.boundToAnother", masked).onField("residentNumber");
    }

    /** "citizen@madang.go.kr" becomes "ci*****@madang.go.kr": enough to recognise, not to reveal. */
    static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        int shown = Math.min(2, at);
        return email.substring(0, shown) + "*".repeat(Math.max(3, at - shown)) + email.substring(at);
    }
}
