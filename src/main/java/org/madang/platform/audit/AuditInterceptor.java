package org.madang.platform.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.madang.platform.error.BusinessException;
import org.madang.platform.security.CurrentUser;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns each call of an {@link Audited} method into an {@link AuditableAction}. A success is
 * recorded inside the caller's transaction (it commits or vanishes with the work); a failure is
 * recorded after the rolled-back transaction ends, so the record survives the rollback.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class AuditInterceptor {
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<AuditableAction> succeeded;
    @Inject
    @Failed
    Event<AuditableAction> failed;
    @Inject
    Clock clock;

    @AroundInvoke
    Object audit(InvocationContext ctx) throws Exception {
        Method m = ctx.getMethod();
        String action = actionName(m);
        String target = target(ctx);
        String actor = currentUser.actorId();
        String role = role(m);
        try {
            Object result = ctx.proceed();
            String t = target != null ? target : resultTarget(result);
            succeeded.fire(new AuditableAction(actor, role, action, t, AuditableAction.SUCCESS, Instant.now(clock)));
            return result;
        } catch (BusinessException e) {
            failed.fire(new AuditableAction(actor, role, action, target, "REFUSED:" + e.messageKey(), Instant.now(clock)));
            throw e;
        } catch (Exception e) {
            failed.fire(new AuditableAction(actor, role, action, target, "ERROR:" + e.getClass().getSimpleName(),
                    Instant.now(clock)));
            throw e;
        }
    }

    private static String actionName(Method m) {
        Audited a = m.getAnnotation(Audited.class);
        if (a != null && !a.value().isEmpty()) {
            return a.value();
        }
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    private String role(Method m) {
        RolesAllowed ra = m.getAnnotation(RolesAllowed.class);
        if (ra == null) {
            ra = m.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return ra == null ? currentUser.actingRole() : currentUser.actingRole(ra.value());
    }

    private static String target(InvocationContext ctx) {
        Annotation[][] pa = ctx.getMethod().getParameterAnnotations();
        Object[] args = ctx.getParameters();
        for (int i = 0; i < pa.length; i++) {
            for (Annotation a : pa[i]) {
                if (a instanceof AuditTarget at) {
                    String v = String.valueOf(args[i]);
                    return at.value().isEmpty() ? v : at.value() + ":" + v;
                }
            }
        }
        return null;
    }

    private static String resultTarget(Object result) {
        if (result instanceof AuditTargetSource s) {
            return s.auditTarget();
        }
        if (result instanceof Number || result instanceof CharSequence) {
            return result.toString();
        }
        return "-";
    }
}
