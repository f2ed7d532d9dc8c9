package org.madang.services.domain;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;

/** A command's own input breaks a rule (a missing reason, an unknown ground...), tied to its field. */
public class ApplicationInputInvalid extends InvalidInput {
    private static final long serialVersionUID = 1L;

    public ApplicationInputInvalid(String messageKey, String field, Serializable... arguments) {
        super(messageKey, arguments);
        onField(field);
    }

    /** Refuses a blank reason: the Act wants the citizen told why. */
    static String requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw new ApplicationInputInvalid("services.case.reason.required", field);
        }
        String r = reason.strip();
        if (r.length() > 2000) {
            throw new ApplicationInputInvalid("services.case.reason.tooLong", field, 2000);
        }
        return r;
    }
}
