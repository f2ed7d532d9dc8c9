package org.madang.services.domain;

import org.madang.platform.error.Conflict;

import java.io.Serializable;

/** A command that the application's current status does not allow (approving a withdrawn one...). */
public class ApplicationStatusConflict extends Conflict {
    private static final long serialVersionUID = 1L;

    public ApplicationStatusConflict(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    public static ApplicationStatusConflict notIn(ApplicationStatus actual) {
        return new ApplicationStatusConflict("services.application.status.conflict", actual.name());
    }
}
