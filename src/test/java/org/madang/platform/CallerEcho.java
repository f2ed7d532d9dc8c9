package org.madang.platform;

import org.madang.testsupport.InContainer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.madang.platform.security.Roles;

/** Test archive only: an EJB that says who called it, to check that Callers reaches @RolesAllowed. */
@InContainer
@Stateless
public class CallerEcho {
    @Resource
    SessionContext context;

    @PermitAll
    public String caller() {
        return context.getCallerPrincipal().getName();
    }

    @RolesAllowed(Roles.ADMIN)
    public String adminOnly() {
        return context.getCallerPrincipal().getName();
    }
}
