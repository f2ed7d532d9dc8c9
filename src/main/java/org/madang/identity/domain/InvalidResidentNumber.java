package org.madang.identity.domain;

import org.madang.platform.error.InvalidInput;

/** Raised for a malformed number or a wrong check digit. */
public class InvalidResidentNumber extends InvalidInput {
    private static final long serialVersionUID = 1L;

    public InvalidResidentNumber() {
        super("identity.verify.invalidNumber");
        onField("residentNumber");
    }
}
