package org.madang.platform.error;

import java.io.Serializable;

/** The caller may not do this to this particular object (roles alone allowed the call). */
public class Forbidden extends BusinessException {
    private static final long serialVersionUID = 1L;
    private String field;

    public Forbidden(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    /** Ties the message to one input field of the form. */
    public Forbidden onField(String fieldName) {
        this.field = fieldName;
        return this;
    }

    @Override
    public String field() {
        return field;
    }
}
