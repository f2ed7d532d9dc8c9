package org.madang.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;

import java.time.Duration;
import java.time.Instant;

/**
 * An auditor's hold on the details of one access-log entry while an investigation runs: until it
 * lifts (by itself after the configured period, or earlier by an auditor) the citizen sees only
 * that an entry is withheld, not who read what. The entry itself is never changed.
 */
@Entity
@Table(name = "privacy_access_embargo")
public class AccessEmbargo {
    public static final int CASE_MAX = 100;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "access_sequence", nullable = false)
    private long accessSequence;
    @Column(name = "subject_account_id", nullable = false)
    private long subjectAccountId;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(nullable = false)
    private String reason;
    @Column(name = "flagged_by", nullable = false)
    private String flaggedBy;
    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;
    @Column(name = "lifts_at", nullable = false)
    private Instant liftsAt;
    @Column(name = "lifted_at")
    private Instant liftedAt;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Version
    private int version;

    protected AccessEmbargo() {
        // for JPA
    }

    public AccessEmbargo(AccessLogEntry entry, String caseReference, String reason, String auditorId, Instant now,
                         Duration period) {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("an embargo lasts a positive period: " + period);
        }
        this.accessSequence = entry.getSequence();
        this.subjectAccountId = entry.getSubjectAccountId();
        this.caseReference = AccessQuestion.text(caseReference, CASE_MAX, "privacy.embargo.caseRequired",
                "caseReference");
        this.reason = AccessQuestion.text(reason, REASON_MAX, "privacy.embargo.reasonRequired", "reason");
        this.flaggedBy = auditorId;
        this.flaggedAt = now;
        this.liftsAt = now.plus(period);
    }

    /** Ends the embargo early (the investigation closed); the entry shows again at once. */
    public void lift(String auditorId, Instant now) {
        if (!isActive(now)) {
            throw new Conflict("privacy.embargo.notActive");
        }
        this.liftedAt = now;
        this.liftedBy = auditorId;
    }

    public boolean isActive(Instant now) {
        return liftedAt == null && now.isBefore(liftsAt);
    }

    public Long getId() {
        return id;
    }

    public long getAccessSequence() {
        return accessSequence;
    }

    public long getSubjectAccountId() {
        return subjectAccountId;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getReason() {
        return reason;
    }

    public String getFlaggedBy() {
        return flaggedBy;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public Instant getLiftsAt() {
        return liftsAt;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }
}
