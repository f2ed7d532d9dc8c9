package org.madang.platform.error;

import java.io.Serializable;

/** Something a person asked for does not exist (or is not theirs to see). */
public class NotFound extends BusinessException {
    private static final long serialVersionUID = 1L;
    private String field;

    public NotFound(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    /** Ties the message to one input field of the form. */
    public NotFound onField(String fieldName) {
        this.field = fieldName;
        return this;
    }

    @Override
    public String field() {
        return field;
    }
}
