package org.madang.disclosure.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * One file a publication had: kept, with its extracted text and what the personal-data check found,
 * when a newer version replaces it, so that every version stays downloadable.
 */
@Entity
@Table(name = "publication_version")
public class PublicationVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;
    @Column(nullable = false)
    private int number;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FileFormat format;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text", nullable = false)
    private String extractedText;
    @Enumerated(EnumType.STRING)
    @Column(name = "text_status", nullable = false, length = 20)
    private TextStatus textStatus;
    @Embedded
    private PersonalDataFindings findings;
    @Column(name = "pii_confirmed_by", length = 40)
    private String personalDataConfirmedBy;
    @Column(length = 2000)
    private String reason;
    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PublicationVersion() {
    }

    PublicationVersion(Publication publication, int number, StoredFile file, String reason, boolean confirmed,
                       String by, Instant now) {
        this.publication = publication;
        this.number = number;
        this.reason = reason;
        take(file, confirmed, by, now);
    }

    /** A draft's file exchanged before publication: what the check found is that of the new file. */
    void replaceFile(StoredFile file, String by, Instant now) {
        take(file, false, by, now);
    }

    private void take(StoredFile file, boolean confirmed, String by, Instant now) {
        this.fileName = file.fileName();
        this.format = file.format();
        this.contentType = file.format().contentType();
        this.sizeBytes = file.sizeBytes();
        this.storageKey = file.storageKey();
        this.sha256 = file.sha256();
        this.extractedText = file.text() == null ? "" : file.text();
        this.textStatus = file.textStatus();
        this.findings = file.findings() == null ? PersonalDataFindings.none() : file.findings();
        this.personalDataConfirmedBy = confirmed && this.findings.any() ? by : null;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Personal data was found and nobody has yet confirmed that it may be published. */
    public boolean blocksPublication() {
        return findings.any() && personalDataConfirmedBy == null;
    }

    void confirmPersonalData(String by) {
        if (findings.any()) {
            personalDataConfirmedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public Publication getPublication() {
        return publication;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public FileFormat getFormat() {
        return format;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSha256() {
        return sha256;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }

    public PersonalDataFindings getFindings() {
        return findings;
    }

    public String getPersonalDataConfirmedBy() {
        return personalDataConfirmedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
