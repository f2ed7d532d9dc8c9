package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;

/**
 * A document the portal issued (a certificate or the result of an application): who holds it, what
 * it is, how long it can be verified, the fingerprint of its file, and whether it was withdrawn.
 * The file itself lives in {@link IssuedDocumentFile}, so lists never load PDF bytes.
 *
 * <p>The holder is fixed at issue and never changes; every read of the file is filtered by it.
 */
@Entity
@Table(name = "services_issued_document")
public class IssuedDocument {
    @EmbeddedId
    private IssuanceNumber number;
    @Column(name = "application_number", nullable = false, updatable = false, length = 40)
    private String applicationNumber;
    @Column(name = "holder_account_id", nullable = false, updatable = false)
    private long holderAccountId;
    @Column(name = "issuing_department_id", nullable = false, updatable = false)
    private long issuingDepartmentId;
    @Column(name = "document_type_key", nullable = false, updatable = false, length = 80)
    private String documentTypeKey;
    @Column(name = "title_ko", nullable = false, updatable = false, length = 200)
    private String titleKo;
    @Column(name = "title_en", nullable = false, updatable = false, length = 200)
    private String titleEn;
    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private String language;
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;
    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;
    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;
    @Column(name = "revoked_by", length = 40)
    private String revokedBy;
    @Version
    private int version;

    protected IssuedDocument() {
    }

    private IssuedDocument(Draft draft, byte[] pdf) {
        this.number = draft.number();
        this.applicationNumber = draft.applicationNumber();
        this.holderAccountId = draft.holderAccountId();
        this.issuingDepartmentId = draft.issuingDepartmentId();
        this.documentTypeKey = draft.documentTypeKey();
        this.titleKo = draft.titleKo();
        this.titleEn = draft.titleEn();
        this.language = draft.language();
        this.issuedAt = draft.issuedAt();
        this.validUntil = draft.validUntil();
        this.sha256 = DocumentHash.sha256(pdf);
        this.sizeBytes = pdf.length;
    }

    /**
     * The facts fixed before the file is rendered (the file prints the number and the dates, so
     * they must exist first). {@link #complete(byte[])} turns it into the document and its file.
     */
    public record Draft(IssuanceNumber number, String applicationNumber, long holderAccountId,
                        long issuingDepartmentId, String documentTypeKey, String titleKo, String titleEn,
                        String language, Instant issuedAt, Instant validUntil) {
        public static Draft of(IssuanceNumber number, String applicationNumber, long holderAccountId,
                               long issuingDepartmentId, String documentTypeKey, String titleKo, String titleEn,
                               String language, Instant issuedAt, VerificationPeriod period) {
            return new Draft(number, applicationNumber, holderAccountId, issuingDepartmentId, documentTypeKey,
                    titleKo, titleEn, language, issuedAt, period.endFor(issuedAt));
        }

        /** The document with its fingerprint taken from exactly these bytes, and the file holding them. */
        public Issued complete(byte[] pdf) {
            if (pdf == null || pdf.length == 0) {
                throw new IllegalArgumentException("an issued document needs its file");
            }
            IssuedDocument d = new IssuedDocument(this, pdf);
            return new Issued(d, new IssuedDocumentFile(d.number, d.holderAccountId, pdf));
        }
    }

    /** A freshly issued document and its file, to be stored together. */
    public record Issued(IssuedDocument document, IssuedDocumentFile file) {
    }

    public DocumentStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return DocumentStatus.REVOKED;
        }
        return now.isBefore(validUntil) ? DocumentStatus.VALID : DocumentStatus.EXPIRED;
    }

    /** Withdraws the document: verification answers "revoked" from now on. */
    public void revoke(String reason, String revokedBy, Instant now) {
        if (revokedAt != null) {
            throw new Conflict("services.certificate.alreadyRevoked", number.toString());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("services.certificate.revoke.reasonRequired").onField("reason");
        }
        this.revokedAt = now;
        this.revocationReason = reason.strip();
        this.revokedBy = revokedBy;
    }

    public boolean isHeldBy(long accountId) {
        return holderAccountId == accountId;
    }

    public boolean isIssuedBy(Long departmentId) {
        return departmentId != null && departmentId == issuingDepartmentId;
    }

    /** Whether {@code file} is byte for byte the file that was issued (compared by SHA-256). */
    public boolean isFile(byte[] file) {
        return DocumentHash.matches(file, sha256);
    }

    public IssuanceNumber getNumber() {
        return number;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public long getHolderAccountId() {
        return holderAccountId;
    }

    public long getIssuingDepartmentId() {
        return issuingDepartmentId;
    }

    public String getDocumentTypeKey() {
        return documentTypeKey;
    }

    public String getTitleKo() {
        return titleKo;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public String getSha256() {
        return sha256;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
