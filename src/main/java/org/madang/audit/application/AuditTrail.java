package org.madang.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.audit.domain.AuditChainHead;
import org.madang.audit.infrastructure.AuditRecords;
import org.madang.platform.audit.AuditableAction;

/**
 * Appends actions to the audit trail. Open to every caller, signed in or not: whoever acted, the
 * action is recorded. Called by {@link AuditListener} only; nothing reads through this bean.
 */
@Stateless
@PermitAll
public class AuditTrail {
    @Inject
    AuditRecords records;

    /**
     * Appends inside the caller's transaction, so the record commits or vanishes with the work it
     * describes; a caller without a transaction (sign-in) gets one of its own.
     */
    public void append(AuditableAction action) {
        AuditChainHead head = records.lockHead();
        records.add(head.append(action.occurredAt(), action.actor(), action.role(), action.action(),
                action.target(), action.outcome()));
    }

    /**
     * Appends from another thread, in a transaction of its own: for a failure reported while the
     * caller's transaction, already doomed, is still open and may hold the chain head. The other
     * thread waits for that rollback to release the head; this one must not.
     */
    @Asynchronous
    public void appendLater(AuditableAction action) {
        append(action);
    }

    /** Appends in a transaction of its own, for failures whose own transaction has rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(AuditableAction action) {
        append(action);
    }
}
