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
