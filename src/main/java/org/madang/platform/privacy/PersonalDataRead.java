package org.madang.platform.privacy;

import java.time.Instant;
import java.util.List;

/** One read of a citizen's personal data by someone else; the privacy context records it. */
public record PersonalDataRead(long subjectAccountId, String actor, String actorName, String actorRole,
                               Long actorDepartmentId, List<String> fields, String purposeKey,
                               String purposeReference, Instant occurredAt) {
    public PersonalDataRead {
        fields = List.copyOf(fields);
    }
}
