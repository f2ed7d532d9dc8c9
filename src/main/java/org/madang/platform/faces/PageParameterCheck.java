package org.madang.platform.faces;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * A page address whose parameter cannot be read (an id that is not a number, a missing required
 * one, a control character) answers the friendly 400 page, instead of rendering the page empty
 * because its view action never ran. Parameters that bring their own message (a date filter with a
 * {@code converterMessage}) are the page's business: it shows the message beside its form.
 */
public class PageParameterCheck implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageParameterCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        UIViewRoot root = fc.getViewRoot();
        if (fc.isPostback() || !fc.isValidationFailed() || root == null || fc.getResponseComplete()) {
            return;
        }
        for (UIViewParameter p : ViewMetadata.getViewParameters(root)) {
            if (!p.isValid() && p.getConverterMessage() == null && p.getValidatorMessage() == null
                    && p.getRequiredMessage() == null) {
                LOG.fine(() -> "page parameter " + p.getName() + " of " + root.getViewId() + " refused");
                try {
                    fc.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                fc.responseComplete();
                return;
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the parameters are checked by then
    }
}
