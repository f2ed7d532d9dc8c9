package org.madang.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.madang.platform.integrity.ChainHead;

import java.time.Instant;

/**
 * The end of the audit chain (see {@link ChainHead}): its lock serialises appends across threads,
 * nodes and applications.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead extends ChainHead {

    protected AuditChainHead() {
        // for JPA
    }

    private AuditChainHead(boolean empty) {
        super(empty);
    }

    /** An empty chain (the migration inserts the same row). */
    public static AuditChainHead empty() {
        return new AuditChainHead(true);
    }

    /** The next record, linked to the current end; the head then points at it. */
    public AuditRecord append(Instant occurredAt, String actor, String actorRole, String action, String target,
                              String outcome) {
        AuditRecord next = new AuditRecord(getLastSequence() + 1, getLastHash(), occurredAt, actor, actorRole, action,
                target, outcome);
        advanceTo(next.getSequence(), next.getHash());
        return next;
    }
}
