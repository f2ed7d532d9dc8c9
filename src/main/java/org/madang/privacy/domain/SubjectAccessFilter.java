package org.madang.privacy.domain;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Which reads of one citizen's data to show them: a period [{@code from}, {@code until}) and,
 * optionally, one agency, given as the departments of it that appear in the log
 * ({@code departmentIds}) or as "no department" for portal administrators.
 */
public record SubjectAccessFilter(long subjectAccountId, Instant from, Instant until, Set<Long> departmentIds,
                                  boolean withoutDepartment) implements Serializable {
    public SubjectAccessFilter {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidInput("privacy.filter.periodReversed").onField("from");
        }
        departmentIds = departmentIds == null ? null : Set.copyOf(departmentIds);
    }

    public static SubjectAccessFilter all(long subjectAccountId) {
        return new SubjectAccessFilter(subjectAccountId, null, null, null, false);
    }

    /** Whether an agency was chosen at all. */
    public boolean byAgency() {
        return departmentIds != null || withoutDepartment;
    }
}
