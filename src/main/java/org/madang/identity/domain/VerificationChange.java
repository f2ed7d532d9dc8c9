package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** The history of an account's verification level: from, to, why, by whom, when. Never edited. */
@Entity
@Table(name = "verification_change")
public class VerificationChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false)
    private VerificationLevel fromLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false)
    private VerificationLevel toLevel;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected VerificationChange() {
    }

    VerificationChange(Account account, VerificationLevel from, VerificationLevel to, String reason, String by,
                       Instant at) {
        this.account = account;
        this.fromLevel = from;
        this.toLevel = to;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public VerificationLevel getFromLevel() {
        return fromLevel;
    }

    public VerificationLevel getToLevel() {
        return toLevel;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
