package org.madang.services.sharing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;

import java.time.Instant;
import java.util.Objects;

/**
 * "Attach from government records": a FILE question of an application answered by a document the
 * government already holds, fetched by the department when it needs it, under the consent the
 * applicant gave for this application. The applicant may take it back until the application is
 * filed (the consent is withdrawn with it).
 */
@Entity
@Table(name = "application_shared_document")
public class SharedDocument {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "service_id", nullable = false)
    private long serviceId;
    @Column(name = "applicant_id", nullable = false)
    private long applicantId;
    @Column(name = "field_key", nullable = false, length = 60)
    private String fieldKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentSource source;
    @Column(length = 40)
    private String reference;
    @Column(name = "consent_id", nullable = false)
    private long consentId;
    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected SharedDocument() {
    }

    public SharedDocument(long applicationId, long serviceId, long applicantId, String fieldKey, DocumentSource source,
                          String reference, long consentId, Instant now) {
        this.applicationId = applicationId;
        this.serviceId = serviceId;
        this.applicantId = applicantId;
        this.fieldKey = Objects.requireNonNull(fieldKey);
        this.source = Objects.requireNonNull(source);
        if (source != DocumentSource.RESIDENT_REGISTRATION && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException(source + " needs the document's reference");
        }
        this.reference = reference;
        this.consentId = consentId;
        this.consentedAt = Objects.requireNonNull(now);
    }

    /** Taken back by the applicant (before filing): the question needs a file or another document again. */
    public void withdraw(Instant now) {
        if (withdrawnAt != null) {
            throw new Conflict("services.sharing.alreadyWithdrawn");
        }
        withdrawnAt = now;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public long getServiceId() { return serviceId; }
    public long getApplicantId() { return applicantId; }
    public String getFieldKey() { return fieldKey; }
    public DocumentSource getSource() { return source; }
    public String getReference() { return reference; }
    public long getConsentId() { return consentId; }
    public Instant getConsentedAt() { return consentedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
}
