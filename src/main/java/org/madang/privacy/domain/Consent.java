package org.madang.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;

import java.time.Instant;
import java.util.Objects;

/**
 * One consent a person gave: which data ({@code scope}, e.g. a government-held document), to which
 * agency, for what purpose (and which application), when. Withdrawable unless a law makes the
 * processing compulsory, in which case {@code legalBasisKey} names that law for the person. A
 * withdrawn consent covers nothing from the moment of withdrawal.
 */
@Entity
@Table(name = "privacy_consent")
public class Consent {
    public static final int SCOPE_MAX = 100;
    public static final int PURPOSE_MAX = 200;
    public static final int REFERENCE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(nullable = false)
    private String scope;
    @Column(name = "recipient_agency")
    private String recipientAgency;
    @Column(name = "purpose_key", nullable = false)
    private String purposeKey;
    @Column(name = "purpose_reference")
    private String purposeReference;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;
    @Column(nullable = false)
    private boolean withdrawable;
    @Column(name = "legal_basis_key")
    private String legalBasisKey;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Version
    private int version;

    protected Consent() {
        // for JPA
    }

    public Consent(long accountId, String scope, String recipientAgency, String purposeKey, String purposeReference,
                   boolean withdrawable, String legalBasisKey, Instant now) {
        this.accountId = accountId;
        this.scope = AccessLogEntry.required("scope", scope, SCOPE_MAX);
        this.recipientAgency = blankToNull(recipientAgency);
        this.purposeKey = AccessLogEntry.required("purposeKey", purposeKey, PURPOSE_MAX);
        this.purposeReference = blankToNull(purposeReference);
        if (this.purposeReference != null) {
            AccessLogEntry.limited("purposeReference", this.purposeReference, REFERENCE_MAX);
        }
        this.withdrawable = withdrawable;
        this.legalBasisKey = blankToNull(legalBasisKey);
        if (!withdrawable && this.legalBasisKey == null) {
            // a consent that cannot be withdrawn must say which law makes it so
            throw new IllegalArgumentException("a consent that cannot be withdrawn needs its legal basis");
        }
        this.givenAt = Objects.requireNonNull(now);
    }

    /** Withdraws the consent now; refused where the law does not allow it. */
    public void withdraw(Instant now) {
        if (!withdrawable) {
            throw new Conflict("consent.notWithdrawable");
        }
        if (withdrawnAt != null) {
            throw new Conflict("consent.alreadyWithdrawn");
        }
        withdrawnAt = now;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    /** Whether this consent, still in force, covers the use of {@code scope} for {@code reference}. */
    public boolean covers(String scope, String reference) {
        return isActive() && this.scope.equals(scope)
                && (purposeReference == null || purposeReference.equals(reference));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getScope() {
        return scope;
    }

    public String getRecipientAgency() {
        return recipientAgency;
    }

    public String getPurposeKey() {
        return purposeKey;
    }

    public String getPurposeReference() {
        return purposeReference;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public boolean isWithdrawable() {
        return withdrawable;
    }

    public String getLegalBasisKey() {
        return legalBasisKey;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
