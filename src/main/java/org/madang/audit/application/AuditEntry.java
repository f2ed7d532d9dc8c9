package org.madang.audit.application;

import org.madang.audit.domain.AuditRecord;
import org.madang.audit.domain.OutcomeKind;

import java.io.Serializable;
import java.time.Instant;

/** One audit record as the auditor's page shows it. */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String actorRole, String action,
                         String target, String outcome, String hash) implements Serializable {

    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.getSequence(), r.getOccurredAt(), r.getActor(), r.getActorRole(), r.getAction(),
                r.getTarget(), r.getOutcome(), r.getHash());
    }

    /** SUCCESS, REFUSED or ERROR; null for an outcome of another form. */
    public OutcomeKind outcomeKind() {
        return OutcomeKind.of(outcome);
    }

    /** What follows the kind, e.g. the message key of a refusal. */
    public String outcomeDetail() {
        return OutcomeKind.detail(outcome);
    }

    public boolean succeeded() {
        return outcomeKind() == OutcomeKind.SUCCESS;
    }

    /** Enough of the hash to compare by eye; the full one is in the database. */
    public String shortHash() {
        return hash.substring(0, 12);
    }
}
