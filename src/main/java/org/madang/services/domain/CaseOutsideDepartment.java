package org.madang.services.domain;

import org.madang.platform.error.Forbidden;

/** An officer tried to act on an application routed to another department. */
public class CaseOutsideDepartment extends Forbidden {
    private static final long serialVersionUID = 1L;

    public CaseOutsideDepartment() {
        super("services.case.otherDepartment");
    }
}
