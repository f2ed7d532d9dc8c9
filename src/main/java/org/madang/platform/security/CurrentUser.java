package org.madang.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** Who is calling, for views and services alike. */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Optional<MadangPrincipal> principal() {
        Principal p = security.getCallerPrincipal();
        if (p instanceof MadangPrincipal mp) {
            return Optional.of(mp);
        }
        return security.getPrincipalsByType(MadangPrincipal.class).stream().findFirst();
    }

    /** The caller's account id; throws when nobody is signed in. */
    public long accountId() {
        return principal().map(MadangPrincipal::accountId)
                .orElseThrow(() -> new IllegalStateException("no signed-in caller"));
    }

    public Optional<Long> findAccountId() {
        return principal().map(MadangPrincipal::accountId);
    }

    public String getDisplayName() {
        return principal().map(MadangPrincipal::displayName).orElse("");
    }

    public Long getDepartmentId() {
        return principal().map(MadangPrincipal::departmentId).orElse(null);
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isOfficer() {
        return hasRole(Roles.OFFICER) || hasRole(Roles.SUPERVISOR);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isAuditor() {
        return hasRole(Roles.AUDITOR);
    }

    /** The first of the given roles the caller holds, used to record in which capacity one acted. */
    public String actingRole(String... candidates) {
        for (String r : candidates) {
            if (security.isCallerInRole(r)) {
                return r;
            }
        }
        return isSignedIn() ? Roles.CITIZEN : "ANONYMOUS";
    }

    /** Audit name of the caller: the account id or "anonymous". */
    public String actorId() {
        return findAccountId().map(String::valueOf).orElse("anonymous");
    }
}
