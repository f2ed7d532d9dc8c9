package org.madang.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.madang.platform.security.Roles;

/**
 * Sign-in is a Faces form (login.xhtml) that calls SecurityContext.authenticate; protected pages
 * send an anonymous visitor there and back again after sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR, Roles.ELECTION_ADMIN,
        Roles.ADMIN, Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.PUBLISHER, Roles.MODERATOR, Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
