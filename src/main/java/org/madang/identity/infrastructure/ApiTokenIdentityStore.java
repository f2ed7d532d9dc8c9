package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.madang.identity.application.ApiTokens;
import org.madang.platform.security.ApiTokenCredential;
import org.madang.platform.security.MadangPrincipal;

/**
 * Jakarta Security identity store for API tokens: a verified token makes its holder the caller,
 * with only the citizen and representative roles (never an officer's), and no department.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {
    @Inject
    ApiTokens tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiTokenCredential t)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tokens.verify(t.token())
                .map(c -> new CredentialValidationResult(new MadangPrincipal(c.accountId(), c.name(), null), c.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
