package org.madang.disclosure.request.domain;

/** The officer acting on a request, as the identity context vouches for them. */
public record RequestOfficer(long accountId, String name, long departmentId, boolean supervisor) {
    public RequestOfficer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an officer has a name");
        }
    }
}
