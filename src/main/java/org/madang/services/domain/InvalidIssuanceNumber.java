package org.madang.services.domain;

import org.madang.platform.error.InvalidInput;

/** A typed issuance number that cannot be one: wrong length, not digits, or a wrong check digit. */
public class InvalidIssuanceNumber extends InvalidInput {
    private static final long serialVersionUID = 1L;

    public InvalidIssuanceNumber() {
        super("services.certificate.number.invalid");
    }
}
