package org.madang.platform.faces;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Checks every submitted field at the edge, before conversion and before any service sees it: its
 * length, and that it holds no control character other than tab and line breaks (a NUL byte is
 * refused by PostgreSQL and would end as a 500). The limit is the field's own {@code maxlength} (the component attribute or the
 * pass-through one, set to the column's and the service's {@code @Size} limit); a text field that
 * declares none gets {@link #TEXT_DEFAULT} (InputLimitsTest makes every page declare one), any
 * other input {@link #OTHER_DEFAULT}. A longer value is dropped (never converted, never stored,
 * never logged) and the field gets its translated "at most n characters" message.
 */
public class InputEdgeCheck implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InputEdgeCheck.class.getName());
    static final int TEXT_DEFAULT = 4000;
    /** hidden fields and selections (a cast ballot is tens of kilobytes) */
    static final int OTHER_DEFAULT = 1_000_000;
    static final String MESSAGE = "input.tooLong";
    static final String CONTROL_MESSAGE = "input.controlCharacter";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        if (fc.getViewRoot() == null) {
            return;
        }
        VisitContext ctx = VisitContext.createVisitContext(fc, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        fc.getViewRoot().visitTree(ctx, (c, component) -> {
            if (component instanceof UIInput input && input.getSubmittedValue() instanceof String s) {
                int max = limitOf(fc, input);
                if (s.length() > max) {
                    refuse(fc, input, MESSAGE, s.length(), max);
                } else if (hasControlCharacter(s)) {
                    refuse(fc, input, CONTROL_MESSAGE, s.length(), max);
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // checked before validation only
    }

    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(FacesContext fc, UIInput input, String message, int length, int max) {
        String clientId = input.getClientId(fc);
        // a null submitted value makes Faces skip conversion and validation of this field
        input.setSubmittedValue(null);
        input.setValid(false);
        Object label = input.getAttributes().get("label");
        String key = label == null ? message + ".unlabelled" : message;
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, key, label == null ? "" : label.toString(), max);
        fc.validationFailed();
        fc.renderResponse();
        LOG.info(() -> "field " + clientId + " refused (" + message + "): " + length + " characters, limit " + max);
    }

    static int limitOf(FacesContext fc, UIInput input) {
        Integer declared = positive(input.getAttributes().get("maxlength"), fc);
        if (declared == null) {
            declared = positive(input.getPassThroughAttributes(false) == null ? null
                    : input.getPassThroughAttributes(false).get("maxlength"), fc);
        }
        if (declared != null) {
            return declared;
        }
        boolean text = input instanceof HtmlInputText || input instanceof HtmlInputTextarea
                || input instanceof HtmlInputSecret;
        return text ? TEXT_DEFAULT : OTHER_DEFAULT;
    }

    private static Integer positive(Object value, FacesContext fc) {
        Object v = value instanceof ValueExpression ve ? ve.getValue(fc.getELContext()) : value;
        int n;
        if (v instanceof Number num) {
            n = num.intValue();
        } else if (v instanceof String str && str.matches("\\d{1,9}")) {
            n = Integer.parseInt(str);
        } else {
            return null;
        }
        // an unset int attribute reads as Integer.MIN_VALUE
        return n > 0 ? n : null;
    }
}
