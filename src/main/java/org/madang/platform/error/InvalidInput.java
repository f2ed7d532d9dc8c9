package org.madang.platform.error;

import java.io.Serializable;

/** Input that breaks a business rule Bean Validation cannot express. */
public class InvalidInput extends BusinessException {
    private static final long serialVersionUID = 1L;
    private String field;

    public InvalidInput(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    /** Ties the message to one input field of the form. */
    public InvalidInput onField(String fieldName) {
        this.field = fieldName;
        return this;
    }

    @Override
    public String field() {
        return field;
    }
}
