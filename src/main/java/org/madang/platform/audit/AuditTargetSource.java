package org.madang.platform.audit;

/** A result that can name itself in the audit trail (used when the target is created by the call). */
public interface AuditTargetSource {
    String auditTarget();
}
