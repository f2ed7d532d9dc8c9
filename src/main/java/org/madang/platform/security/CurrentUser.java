package org.madang.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.Principal;
import java.util.Optional;

/** Who is calling, for views and services alike. */
@Named
@RequestScoped
public class CurrentUser {
    static final String SESSION_ATTRIBUTE = "madang.principal";

    @Inject
    SecurityContext security;
    @Inject
    Instance<HttpServletRequest> request;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Optional<MadangPrincipal> principal() {
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            return Optional.empty();
        }
        if (p instanceof MadangPrincipal mp) {
            return Optional.of(mp);
        }
        Optional<MadangPrincipal> typed = security.getPrincipalsByType(MadangPrincipal.class).stream().findFirst();
        if (typed.isPresent()) {
            return typed;
        }
        // Liberty hands out its own principal type: take the details saved at sign-in, but only
        // if they belong to the caller the container vouches for.
        Optional<MadangPrincipal> saved = fromSession().filter(mp -> mp.getName().equals(p.getName()));
        if (saved.isPresent()) {
            return saved;
        }
        try {
            return Optional.of(new MadangPrincipal(Long.parseLong(p.getName()), p.getName(), null));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<MadangPrincipal> fromSession() {
        try {
            HttpSession session = request.isUnsatisfied() ? null : request.get().getSession(false);
            Object o = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
            return o instanceof MadangPrincipal mp ? Optional.of(mp) : Optional.empty();
        } catch (RuntimeException notInAWebRequest) {
            return Optional.empty();
        }
    }

    /** Saves the signed-in caller's details for the rest of the session (called once, at sign-in). */
    public static void remember(HttpSession session, MadangPrincipal principal) {
        session.setAttribute(SESSION_ATTRIBUTE, principal);
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
