package org.madang.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import java.util.Objects;

/**
 * A field that must repeat another (a password typed twice): checked with the rest of the form,
 * so the mismatch is reported together with the other problems instead of after them.
 * Attributes: {@code sameAs} the other input's id, {@code sameAsMessage} the messages-bundle key.
 */
@FacesValidator("madang.sameAs")
public class SameAsValidator implements Validator<Object> {
    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        Object otherId = component.getAttributes().get("sameAs");
        UIComponent other = otherId == null ? null : component.findComponent(otherId.toString());
        if (!(other instanceof UIInput input) || !input.isValid()) {
            return; // the first field has its own message already
        }
        Object first = input.getValue();
        if (first != null && !Objects.equals(first, value)) {
            Object key = component.getAttributes().get("sameAsMessage");
            String text = Messages.format(key == null ? "form.error.notSame" : key.toString());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
