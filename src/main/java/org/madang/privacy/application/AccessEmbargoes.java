package org.madang.privacy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.domain.AccessEmbargo;
import org.madang.privacy.infrastructure.AccessLogEntries;
import org.madang.privacy.domain.AccessLogEntry;
import org.madang.privacy.infrastructure.PrivacyRecords;
import org.madang.privacy.infrastructure.SubjectAccesses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Embargoes on access-log entries: an auditor flags an entry for an investigation and, for the
 * configured period ({@code MADANG_PRIVACY_EMBARGO_DAYS}, 30 days by default) or until lifted, the
 * citizen sees only that a read is withheld. Flagging and lifting are audited.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AccessEmbargoes {
    static final int LIST_MAX = 200;

    @Inject
    PrivacyRecords records;
    @Inject
    AccessLogEntries entries;
    @Inject
    SubjectAccesses accesses;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_PRIVACY_EMBARGO_DAYS", defaultValue = "30")
    int embargoDays;

    /** Withholds the details of entry {@code sequence} from its citizen; returns the embargo's number. */
    @Audited("privacy.embargo")
    public long flag(@AuditTarget("access") long sequence,
                     @NotBlank @Size(max = AccessEmbargo.CASE_MAX) String caseReference,
                     @NotBlank @Size(max = AccessEmbargo.REASON_MAX) String reason) {
        Instant now = Instant.now(clock);
        AccessLogEntry e = entries.find(sequence).orElseThrow(() -> new NotFound("privacy.access.notFound")
                .onField("sequence"));
        if (accesses.isEmbargoed(sequence, now)) {
            throw new Conflict("privacy.embargo.alreadyActive").onField("sequence");
        }
        return records.add(new AccessEmbargo(e, caseReference, reason, currentUser.actorId(), now,
                Duration.ofDays(embargoDays))).getId();
    }

    /** Ends an embargo early: the citizen sees the entry again at once. */
    @Audited("privacy.liftEmbargo")
    public void lift(@AuditTarget("embargo") long id) {
        records.embargo(id).lift(currentUser.actorId(), Instant.now(clock));
    }

    /** Embargoes in force, soonest to lift first. */
    public List<PrivacyViews.EmbargoView> active() {
        return records.activeEmbargoes(Instant.now(clock), LIST_MAX).stream().map(PrivacyViews.EmbargoView::of)
                .toList();
    }

    /** How long a new embargo lasts, in days (for the page). */
    public int embargoDays() {
        return embargoDays;
    }
}
