package org.madang.services.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/**
 * The PDF of an issued document, kept in its own table so that lists and verification never read
 * the bytes. It repeats the holder so that a download can be filtered by holder in the same query
 * that reads the file: the bytes never leave the database for anyone else.
 */
@Entity
@Table(name = "services_issued_document_file")
public class IssuedDocumentFile {
    @EmbeddedId
    private IssuanceNumber number;
    @Column(name = "holder_account_id", nullable = false, updatable = false)
    private long holderAccountId;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected IssuedDocumentFile() {
    }

    IssuedDocumentFile(IssuanceNumber number, long holderAccountId, byte[] content) {
        this.number = number;
        this.holderAccountId = holderAccountId;
        this.content = content.clone();
    }

    public IssuanceNumber getNumber() {
        return number;
    }

    public long getHolderAccountId() {
        return holderAccountId;
    }

    public byte[] content() {
        return content.clone();
    }
}
