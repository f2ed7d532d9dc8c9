package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.madang.identity.application.SignInOutcome;
import org.madang.identity.application.SignInService;
import org.madang.platform.security.MadangPrincipal;

/** Jakarta Security identity store over the account table; the groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    @Inject
    SignInService signIn;
    @Inject
    SignInOutcome outcome;
    @Inject
    Instance<HttpServletRequest> request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.authenticate(up.getCaller(), up.getPasswordAsString(), sourceAddress())
                .map(s -> {
                    outcome.accepted(s);
                    return s;
                })
                .map(s -> new CredentialValidationResult(new MadangPrincipal(s.accountId(), s.name(), s.departmentId()),
                        s.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /**
     * The address the sign-in comes from, for the per-address limit. Behind a reverse proxy,
     * configure Liberty's remoteIp so that this is the client's address, not the proxy's.
     */
    private String sourceAddress() {
        try {
            return request.isUnsatisfied() ? null : request.get().getRemoteAddr();
        } catch (RuntimeException notInAWebRequest) {
            return null;
        }
    }
}
