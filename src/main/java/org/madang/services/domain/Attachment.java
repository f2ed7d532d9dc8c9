package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A document attached to an application: what the citizen called it, what it really is (sniffed
 * from its bytes), its size and SHA-256, and the key under which the file store keeps the bytes
 * outside the web root. The bytes never live in the database or under the web application.
 */
@Entity
@Table(name = "application_attachment")
public class Attachment {
    /** Where the file came in: with the form, or in answer to a supplement request. */
    public enum Purpose { FORM, SUPPLEMENT }

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "field_key", nullable = false, length = 60)
    private String fieldKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;
    @Column(name = "file_name", nullable = false, length = MAX_NAME)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false, length = 10)
    private AttachmentType type;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "storage_key", nullable = false, unique = true, length = 80)
    private String storageKey;
    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(String fieldKey, Purpose purpose, String fileName, AttachmentType type, long sizeBytes,
                      String sha256, String storageKey, long uploadedBy, Instant uploadedAt) {
        this.fieldKey = fieldKey;
        this.purpose = purpose;
        this.type = type;
        this.fileName = safeName(fileName, type);
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * The name as the citizen gave it, minus any folder part and control characters (it ends up in
     * a Content-Disposition header and on officers' screens), never empty.
     */
    static String safeName(String name, AttachmentType type) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "attachment." + type.extension();
        }
        return n.length() > MAX_NAME ? n.substring(n.length() - MAX_NAME) : n;
    }

    public Long getId() {
        return id;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentType getType() {
        return type;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
