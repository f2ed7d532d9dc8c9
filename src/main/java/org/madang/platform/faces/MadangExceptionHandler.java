package org.madang.platform.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.persistence.OptimisticLockException;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.ChangedMeanwhile;
import jakarta.validation.ConstraintViolationException;
import org.madang.platform.error.Failures;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.primefaces.csp.CspException;

import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become what a person sees. A BusinessException becomes a translated
 * message on the same page (input kept), and so does a change someone else saved first (optimistic
 * locking: "changed meanwhile, reload"); a refused role, the 403 page; an expired view, the
 * "page expired" page; a request without its page's script nonce, the 400 page; input a service's Bean Validation refused (a check the page missed), a
 * message on the same page; anything else is logged with an incident number and shown as the 500
 * page, never as a stack trace; a database out of reach, the 503 "briefly unavailable" page. Logs name classes and places, never messages or values
 * ({@link Failures}).
 */
public class MadangExceptionHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(MadangExceptionHandler.class.getName());

    public MadangExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator();
        while (it.hasNext()) {
            Throwable t = it.next().getContext().getException();
            BusinessException be = find(t, BusinessException.class);
            // loading a page (not posting a form) that names nothing, or something unknown or not the
            // caller's, answers the 400/404/403 page rather than the page with a message and no content
            boolean pageLoad = fc != null && !fc.isPostback();
            try {
                if (pageLoad && find(t, ConstraintViolationException.class) != null) {
                    sendError(fc, HttpServletResponse.SC_BAD_REQUEST);
                } else if (pageLoad && be instanceof NotFound) {
                    sendError(fc, HttpServletResponse.SC_NOT_FOUND);
                } else if (pageLoad && be instanceof Forbidden) {
                    sendError(fc, HttpServletResponse.SC_FORBIDDEN);
                } else if (be != null && fc.getViewRoot() != null && !fc.getResponseComplete()) {
                    String clientId = be.field() == null ? null : clientIdOf(fc, be.field());
                    Messages.add(clientId, FacesMessage.SEVERITY_ERROR, be.messageKey(), be.arguments());
                    fc.validationFailed();
                    fc.renderResponse();
                } else if (find(t, OptimisticLockException.class) != null && fc.getViewRoot() != null
                        && !fc.getResponseComplete()) {
                    // a change someone else committed first, found only as the transaction ended
                    Messages.add(null, FacesMessage.SEVERITY_ERROR, ChangedMeanwhile.KEY);
                    fc.validationFailed();
                    fc.renderResponse();
                } else if (find(t, ConstraintViolationException.class) != null && fc.getViewRoot() != null
                        && !fc.getResponseComplete()) {
                    ConstraintViolationException cve = find(t, ConstraintViolationException.class);
                    // property paths (method.argN) only: the violations also hold the invalid values
                    LOG.info(() -> "input refused by a service on " + fc.getViewRoot().getViewId() + ": "
                            + cve.getConstraintViolations().stream().map(v -> String.valueOf(v.getPropertyPath())).toList());
                    Messages.add(null, FacesMessage.SEVERITY_ERROR, "input.rejected");
                    fc.validationFailed();
                    fc.renderResponse();
                } else if (find(t, CspException.class) != null) {
                    // a request without its page's script nonce (PostbackNonceCheck refuses postbacks
                    // earlier): the caller's mistake, not an incident
                    LOG.info(() -> "request without its page's nonce refused: " + viewId(fc));
                    sendError(fc, HttpServletResponse.SC_BAD_REQUEST);
                } else if (find(t, EJBAccessException.class) != null) {
                    sendError(fc, HttpServletResponse.SC_FORBIDDEN);
                } else if (find(t, ViewExpiredException.class) != null) {
                    ExternalContext ec = fc.getExternalContext();
                    ec.redirect(ec.getRequestContextPath() + "/expired.xhtml");
                    fc.responseComplete();
                } else if (Failures.databaseUnavailable(t)) {
                    // the database is out of reach for a moment: the "briefly unavailable" page, no incident
                    LOG.warning(() -> "database unavailable on " + viewId(fc) + ": " + t.getClass().getName());
                    sendUnavailable(fc);
                } else {
                    String incident = UUID.randomUUID().toString().substring(0, 8);
                    LOG.log(Level.SEVERE, () -> "incident " + incident + ": " + Failures.describe(t));
                    fc.getExternalContext().getRequestMap().put("madang.incident", incident);
                    sendError(fc, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                }
            } catch (Exception e) {
                LOG.log(Level.SEVERE, () -> "failure while handling a failure: " + Failures.describe(e));
            } finally {
                it.remove();
            }
        }
        getWrapped().handle();
    }

    private static void sendError(FacesContext fc, int status) throws java.io.IOException {
        ExternalContext ec = fc.getExternalContext();
        if (!ec.isResponseCommitted()) {
            ec.responseReset();
            ec.responseSendError(status, null);
        }
        fc.responseComplete();
    }

    private static void sendUnavailable(FacesContext fc) throws java.io.IOException {
        ExternalContext ec = fc.getExternalContext();
        if (!ec.isResponseCommitted()) {
            ec.responseReset();
            ec.setResponseHeader("Retry-After", String.valueOf(Failures.RETRY_AFTER_SECONDS));
            ec.responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
        }
        fc.responseComplete();
    }

    private static String viewId(FacesContext fc) {
        return fc.getViewRoot() == null ? "?" : fc.getViewRoot().getViewId();
    }

    private static String clientIdOf(FacesContext fc, String id) {
        AtomicReference<String> found = new AtomicReference<>();
        fc.getViewRoot().visitTree(VisitContext.createVisitContext(fc), (ctx, c) -> {
            if (id.equals(c.getId())) {
                found.set(c.getClientId(fc));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
