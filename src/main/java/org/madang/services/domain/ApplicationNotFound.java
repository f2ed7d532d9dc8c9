package org.madang.services.domain;

import org.madang.platform.error.NotFound;

/**
 * No application with that number, or none the caller may see: the two look the same on purpose,
 * so changing the number in an address reveals nothing about other people's applications.
 */
public class ApplicationNotFound extends NotFound {
    private static final long serialVersionUID = 1L;

    public ApplicationNotFound(String number) {
        super("services.application.notFound", number == null ? "" : number);
    }
}
