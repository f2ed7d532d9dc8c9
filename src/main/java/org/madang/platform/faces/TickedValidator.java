package org.madang.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * A box that must be ticked ("I have checked; this cannot be undone"). Faces' {@code required}
 * does not apply to a checkbox (unticked is "false", not empty), so this says "tick the box".
 */
@FacesValidator("madang.ticked")
public class TickedValidator implements Validator<Object> {
    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!Boolean.TRUE.equals(value) && !"true".equals(value)) {
            Object label = component.getAttributes().get("label");
            String text = label == null ? Messages.format("form.error.tick")
                    : Messages.format("form.error.tick.labelled", label);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
