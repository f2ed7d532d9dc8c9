package org.madang.privacy.application;

import java.time.Instant;
import java.util.Optional;

/**
 * A port: each context that holds personal data implements it, so that deleting an account at its
 * owner's request reaches every context without privacy calling one. What a law requires to be
 * kept (applications, the audit trail) is kept and pseudonymised; the rest goes.
 */
public interface PersonalDataEraser {
    /**
     * Why this context cannot let the account go now, as a key of the {@code messages} bundle (for
     * example: staff accounts are closed by an administrator); empty when it can.
     */
    Optional<String> refusal(long accountId);

    /** Erases or pseudonymises what the context holds about the account, in the caller's transaction. */
    void erase(long accountId, Instant now);
}
