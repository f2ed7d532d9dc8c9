package org.madang.services.domain;

/**
 * The officer acting on a case, as the identity context vouches for them: their account, the name
 * the timeline shows, the department they work in and whether they supervise it.
 */
public record CaseActor(long accountId, String name, long departmentId, boolean supervisor) {
    public CaseActor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an officer has a name");
        }
    }
}
