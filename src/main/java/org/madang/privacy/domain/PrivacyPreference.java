package org.madang.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person's privacy settings; for now whether to be alerted when their data is read. Off unless chosen. */
@Entity
@Table(name = "privacy_preference")
public class PrivacyPreference {
    @Id
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "alert_on_read", nullable = false)
    private boolean alertOnRead;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PrivacyPreference() {
        // for JPA
    }

    public PrivacyPreference(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    public void alertOnRead(boolean on, Instant now) {
        this.alertOnRead = on;
        this.updatedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isAlertOnRead() {
        return alertOnRead;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
