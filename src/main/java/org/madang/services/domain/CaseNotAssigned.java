package org.madang.services.domain;

import org.madang.platform.error.Forbidden;

/** Only the officer handling the case (or the department's supervisor) may decide on it. */
public class CaseNotAssigned extends Forbidden {
    private static final long serialVersionUID = 1L;

    public CaseNotAssigned() {
        super("services.case.notAssigned");
    }
}
