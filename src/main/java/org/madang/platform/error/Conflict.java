package org.madang.platform.error;

import java.io.Serializable;

/** The request clashes with the current state of things. */
public class Conflict extends BusinessException {
    private static final long serialVersionUID = 1L;
    private String field;

    public Conflict(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    /** Ties the message to one input field of the form. */
    public Conflict onField(String fieldName) {
        this.field = fieldName;
        return this;
    }

    @Override
    public String field() {
        return field;
    }
}
