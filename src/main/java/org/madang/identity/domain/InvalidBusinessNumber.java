package org.madang.identity.domain;

import org.madang.platform.error.InvalidInput;

/** Raised for a malformed number or a wrong check digit. */
public class InvalidBusinessNumber extends InvalidInput {
    private static final long serialVersionUID = 1L;

    public InvalidBusinessNumber() {
        super("identity.business.invalidNumber");
        onField("registrationNumber");
    }
}
