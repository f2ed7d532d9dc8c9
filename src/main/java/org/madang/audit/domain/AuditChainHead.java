package org.madang.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.platform.integrity.HashChain;

import java.time.Instant;

/**
 * The one-row end of the audit chain: the last sequence and hash. Every append locks this row
 * first (SELECT ... FOR UPDATE), which serialises appends across threads, nodes and applications,
 * so two records can never claim the same predecessor. It also anchors verification: a walk that
 * ends short of the head has lost records at the tail.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    /** An empty chain (the migration inserts the same row). */
    public static AuditChainHead empty() {
        AuditChainHead h = new AuditChainHead();
        h.id = ID;
        h.lastSequence = 0;
        h.lastHash = HashChain.GENESIS;
        return h;
    }

    /** The next record, linked to the current end; the head then points at it. */
    public AuditRecord append(Instant occurredAt, String actor, String actorRole, String action, String target,
                              String outcome) {
        AuditRecord next = new AuditRecord(lastSequence + 1, lastHash, occurredAt, actor, actorRole, action, target,
                outcome);
        lastSequence = next.getSequence();
        lastHash = next.getHash();
        return next;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
