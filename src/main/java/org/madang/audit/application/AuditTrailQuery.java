package org.madang.audit.application;

import org.madang.platform.persistence.KeysetPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.audit.domain.AuditFilter;
import org.madang.audit.infrastructure.AuditRecords;
import org.madang.platform.integrity.ChainReport;
import org.madang.platform.security.Roles;

/** What an auditor may do with the audit trail: browse it and verify its chain. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditTrailQuery {
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    AuditRecords records;

    /**
     * The records the filter selects, newest first: {@code size} of them older than record
     * {@code before}, or newer than record {@code after}, or the newest when neither is given.
     */
    @RolesAllowed(Roles.AUDITOR)
    public KeysetPage<AuditEntry> browse(AuditFilter filter, Long before, Long after, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size out of range: " + size);
        }
        return records.page(filter == null ? AuditFilter.ALL : filter, before, after, size).map(AuditEntry::of);
    }

    /**
     * Walks the whole chain in batches and reports "intact, N records" or the first broken link.
     * Without a transaction: a long walk must not hit the transaction timeout, and it writes nothing.
     */
    @RolesAllowed(Roles.AUDITOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verifyChain() {
        return records.verifyChain();
    }
}
