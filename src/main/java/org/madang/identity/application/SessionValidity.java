package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.identity.infrastructure.CredentialRepository;

/**
 * Whether a browser session signed in under a given session epoch is still good: the account is
 * active and its password has not changed since. Asked on every signed-in page request (one
 * primary-key read), so a password change ends the other sessions at once, on every server.
 */
@Stateless
@PermitAll
public class SessionValidity {
    @Inject
    CredentialRepository credentials;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isCurrent(long accountId, int sessionEpoch) {
        return credentials.activeSessionEpoch(accountId).map(e -> e == sessionEpoch).orElse(false);
    }
}
