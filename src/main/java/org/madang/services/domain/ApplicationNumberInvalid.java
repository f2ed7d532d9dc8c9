package org.madang.services.domain;

import org.madang.platform.error.InvalidInput;

/** A receipt number that is malformed or whose check digit does not match (a typing mistake). */
public class ApplicationNumberInvalid extends InvalidInput {
    private static final long serialVersionUID = 1L;

    public ApplicationNumberInvalid() {
        super("services.application.number.invalid");
        onField("number");
    }
}
