package org.madang.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * A per-session token in every form of a stateless ({@code transient}) page that a signed-in
 * person sees, checked when the form comes back. A stateful page's view state is already such a
 * token (a random id kept in the session); a stateless page's is not, so without this a page of
 * another site could post its forms (withdraw an application) with the person's cookies.
 *
 * The field is written by {@link EdgeFormRenderer}.
 */
public class StatelessFormToken implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StatelessFormToken.class.getName());
    static final String PARAMETER = "madang_form_token";
    static final String SESSION_KEY = "madang.formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        UIViewRoot root = fc.getViewRoot();
        if (!fc.isPostback() || root == null || !root.isTransient() || !signedIn(fc)) {
            return;
        }
        ExternalContext ec = fc.getExternalContext();
        HttpSession session = (HttpSession) ec.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_KEY);
        String sent = ec.getRequestParameterMap().get(PARAMETER);
        if (expected instanceof String e && sent != null
                && MessageDigest.isEqual(e.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))) {
            return;
        }
        LOG.warning(() -> "stateless form posted without this session's token: " + root.getViewId());
        try {
            ec.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        fc.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    static boolean signedIn(FacesContext fc) {
        return fc.getExternalContext().getRemoteUser() != null;
    }

    static String token(FacesContext fc) {
        return token((HttpSession) fc.getExternalContext().getSession(true));
    }

    /** This session's token (made on first use); a page kept for reuse must be kept per token. */
    public static String token(HttpSession session) {
        synchronized (session) {
            Object t = session.getAttribute(SESSION_KEY);
            if (t instanceof String s) {
                return s;
            }
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            String s = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            session.setAttribute(SESSION_KEY, s);
            return s;
        }
    }
}
