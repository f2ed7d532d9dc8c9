package org.madang.privacy.domain;

import org.madang.platform.integrity.HashChain;

import java.time.Instant;

/**
 * One stored access-log entry exactly as its columns hold it, read without a managed entity (for
 * walking and exporting the whole chain). {@link #occurredAtText()} is the text that was hashed.
 */
public record ChainRow(long sequence, Instant occurredAt, long subjectAccountId, String actor, String actorName,
                       String actorRole, Long actorDepartmentId, String fields, String purposeKey,
                       String purposeReference, String previousHash, String hash) {

    static ChainRow of(Object[] c) {
        return new ChainRow((Long) c[0], (Instant) c[1], (Long) c[2], (String) c[3], (String) c[4], (String) c[5],
                (Long) c[6], (String) c[7], (String) c[8], (String) c[9], (String) c[10], (String) c[11]);
    }

    /** The JPQL select list matching {@link #of}. */
    static final String COLUMNS = "e.sequence, e.occurredAt, e.subjectAccountId, e.actor, e.actorName, e.actorRole,"
            + " e.actorDepartmentId, e.fields, e.purposeKey, e.purposeReference, e.previousHash, e.hash";

    public String occurredAtText() {
        return AccessLogEntry.hashedTime(occurredAt);
    }

    public String canonical() {
        return AccessLogEntry.canonical(sequence, occurredAt, subjectAccountId, actor, actorName, actorRole,
                actorDepartmentId, fields, purposeKey, purposeReference);
    }

    public HashChain.Link link() {
        return new HashChain.Link(sequence, previousHash, hash, canonical());
    }
}
