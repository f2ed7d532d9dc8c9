package org.madang.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.madang.platform.integrity.HashChain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One link of the audit trail: who, in which role, did what to what, when, with which outcome.
 * Created only by {@link AuditChainHead#append}, which hands out the sequence and the previous
 * hash; never changed afterwards (the table's trigger refuses UPDATE, DELETE and TRUNCATE).
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {
    static final int ACTOR_MAX = 320;
    static final int ROLE_MAX = 40;
    static final int ACTION_MAX = 200;
    static final int TARGET_MAX = 1000;
    static final int OUTCOME_MAX = 1000;
    /** Recorded when the action names no target (e.g. a failure before the target was known). */
    public static final String NO_TARGET = "-";

    /** Fixed-width ISO-8601 UTC with microseconds: PostgreSQL keeps exactly that much of an instant. */
    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Id
    private long sequence;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(name = "actor_role", nullable = false)
    private String actorRole;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String target;
    @Column(nullable = false)
    private String outcome;
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(nullable = false)
    private String hash;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(long sequence, String previousHash, Instant occurredAt, String actor, String actorRole,
                String action, String target, String outcome) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        this.sequence = sequence;
        this.previousHash = HashChain.requireHash(previousHash);
        // truncated here, before hashing, so the hash matches what the database gives back
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.actor = required("actor", actor, ACTOR_MAX);
        this.actorRole = required("actorRole", actorRole, ROLE_MAX);
        this.action = required("action", action, ACTION_MAX);
        this.target = required("target", target == null || target.isBlank() ? NO_TARGET : target, TARGET_MAX);
        this.outcome = required("outcome", outcome, OUTCOME_MAX);
        this.hash = HashChain.link(previousHash, canonical());
    }

    /** The hashed content: every field but the hashes, the sequence and time included. */
    public String canonical() {
        return canonical(sequence, occurredAt, actor, actorRole, action, target, outcome);
    }

    /** The same, from stored column values (verification reads columns, not managed entities). */
    public static String canonical(long sequence, Instant occurredAt, String actor, String actorRole, String action,
                            String target, String outcome) {
        return HashChain.canonical(List.of(Long.toString(sequence), UTC_MICROS.format(occurredAt), actor, actorRole,
                action, target, outcome));
    }

    /** This record as the chain verifier reads it (the stored hashes, the content recomputed). */
    public HashChain.Link link() {
        return new HashChain.Link(sequence, previousHash, hash, canonical());
    }

    public OutcomeKind outcomeKind() {
        return OutcomeKind.of(outcome);
    }

    static String required(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return value;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
