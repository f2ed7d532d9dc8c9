package org.madang.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * A postback must carry the script nonce its page was given ({@link EdgeFormRenderer} writes it into
 * every form). PrimeFaces checks it only when it renders the answer, after the form's action has
 * run, by throwing from its render-phase listener and again from every form; the page it was half
 * writing went out as a truncated 200 and each throw became an incident. Checked here instead, as
 * soon as the view is restored: a form without its page's nonce (a hand-made or replayed post)
 * answers 400 before anything is decoded or done, with one short log line.
 */
public class PostbackNonceCheck implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostbackNonceCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        UIViewRoot root = fc.getViewRoot();
        if (!fc.isPostback() || root == null || fc.getResponseComplete()
                || fc.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
            return; // nothing restored, or a failure (an expired view) the exception handler answers
        }
        try {
            // PrimeFaces' own comparison of the posted nonce with the one kept in the view
            PrimeFacesContext.getCspState(fc).getNonce();
        } catch (CspException refused) {
            LOG.info(() -> "postback without its page's nonce refused: " + root.getViewId());
            try {
                fc.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fc.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }
}
