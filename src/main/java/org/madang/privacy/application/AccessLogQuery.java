package org.madang.privacy.application;

import org.madang.platform.persistence.KeysetPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.infrastructure.AccessLogEntries;
import org.madang.privacy.domain.AccessLogFilter;
import org.madang.privacy.domain.AccessLogHead;
import org.madang.privacy.domain.ChainRow;
import org.madang.platform.integrity.ChainReport;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reading the personal-data access log: an auditor browses and verifies all of it; every signed-in
 * person may read who has read their own data, and nobody else's.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AccessLogQuery {
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    AccessLogEntries entries;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /**
     * The entries the filter selects, newest first: {@code size} of them older than entry
     * {@code before}, or newer than entry {@code after}, or the newest when neither is given.
     */
    @RolesAllowed(Roles.AUDITOR)
    public KeysetPage<AccessLogLine> browse(AccessLogFilter filter, Long before, Long after, int size) {
        checkSize(size);
        return entries.page(filter == null ? AccessLogFilter.ALL : filter, before, after, size).map(AccessLogLine::of);
    }

    /**
     * Walks the whole chain in batches and reports "intact, N entries" or the first broken link.
     * Without a transaction: a long walk must not hit the transaction timeout, and it writes nothing.
     */
    @RolesAllowed(Roles.AUDITOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verifyChain() {
        return entries.verifyChain();
    }

    /**
     * Writes the whole chain, up to the head as it stood when the export began, in the export format
     * of {@link ChainExport} (JSON Lines), for checking with the standalone verifier. Without a
     * transaction, like {@link #verifyChain}: a long walk, one batch at a time, writing nothing.
     */
    @RolesAllowed(Roles.AUDITOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited("privacy.exportAccessLog")
    public void exportChain(Writer out) {
        AccessLogHead head = entries.head();
        ChainExport export = new ChainExport(out);
        export.header(head, Instant.now(clock));
        for (ChainRow row : entries.chainUpTo(head.getLastSequence())) {
            export.entry(row);
        }
    }

    /** Where the chain ends now: its last sequence and hash (to compare with an export or a copy). */
    @RolesAllowed(Roles.AUDITOR)
    public ChainHead head() {
        AccessLogHead h = entries.head();
        return new ChainHead(h.getLastSequence(), h.getLastHash());
    }

    public record ChainHead(long sequence, String hash) implements java.io.Serializable {
    }

    /** Every entry about the caller, newest first (for "download my data"). */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR,
            Roles.ELECTION_ADMIN, Roles.ADMIN, Roles.AUDITOR})
    @OwnDataOnly
    public List<AccessLogLine> forSubject(long accountId) {
        requireCaller(accountId);
        return entries.aboutSubject(accountId).stream()
                .map(AccessLogLine::of).toList();
    }

    private void requireCaller(long accountId) {
        if (currentUser.findAccountId().filter(me -> me == accountId).isEmpty()) {
            throw new Forbidden("privacy.accessLog.notYours");
        }
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size out of range: " + size);
        }
    }
}
