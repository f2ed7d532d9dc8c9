package org.madang.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Faces says "required" for every empty control; one does not type into a list or a set of radio
 * buttons, so for those the message asks to choose ("choose one", "tick the box"), in the page's
 * language and with the field's label. Registered once in faces-config, for every form.
 */
public class ChoiceMessages implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        if (!fc.isValidationFailed() || fc.getViewRoot() == null) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = fc.getClientIdsWithMessages(); it.hasNext(); ) {
            String id = it.next();
            if (id != null) {
                ids.add(id);
            }
        }
        for (String id : ids) {
            fc.getViewRoot().invokeOnComponent(fc, id, (ctx, c) -> rewrite(ctx, id, c));
        }
    }

    private static void rewrite(FacesContext fc, String clientId, UIComponent c) {
        String key = choiceKey(c);
        if (key == null || !(c instanceof UIInput input) || !input.isRequired() || !emptyChoice(input)) {
            return;
        }
        Object label = c.getAttributes().get("label");
        String text = Messages.format(label == null ? key : key + ".labelled", label);
        for (FacesMessage m : fc.getMessageList(clientId)) {
            m.setSummary(text);
            m.setDetail(text);
        }
    }

    /** The message for an empty choice of this kind of control, or null when one types into it. */
    static String choiceKey(UIComponent c) {
        if (c instanceof UISelectBoolean) {
            return "form.error.tick";
        }
        if (c instanceof UISelectMany) {
            return "form.error.chooseSome";
        }
        if (c instanceof UISelectOne) {
            return "form.error.chooseOne";
        }
        return null;
    }

    private static boolean emptyChoice(UIInput input) {
        Object v = input.getSubmittedValue();
        if (v == null) {
            return true;
        }
        if (v instanceof String s) {
            return s.isBlank() || "false".equals(s);
        }
        return v instanceof String[] a && a.length == 0;
    }
}
