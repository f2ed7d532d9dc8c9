package org.madang.privacy.application;

import org.madang.privacy.domain.AccessLogEntry;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One access-log entry as pages show it. */
public record AccessLogLine(long sequence, Instant occurredAt, long subjectAccountId, String actor, String actorName,
                            String actorRole, Long actorDepartmentId, List<String> fields, String purposeKey,
                            String purposeReference, String hash) implements Serializable {
    public AccessLogLine {
        fields = List.copyOf(fields);
    }

    static AccessLogLine of(AccessLogEntry e) {
        return new AccessLogLine(e.getSequence(), e.getOccurredAt(), e.getSubjectAccountId(), e.getActor(),
                e.getActorName(), e.getActorRole(), e.getActorDepartmentId(), e.fieldList(), e.getPurposeKey(),
                e.getPurposeReference(), e.getHash());
    }

    /** The fields for reading, "name, email". */
    public String fieldsText() {
        return String.join(", ", fields);
    }

    /** Enough of the hash to compare by eye. */
    public String shortHash() {
        return hash.substring(0, 12);
    }
}
