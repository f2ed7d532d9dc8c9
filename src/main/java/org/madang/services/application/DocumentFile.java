package org.madang.services.application;

import org.madang.platform.privacy.PersonalData;

import java.io.Serializable;

/** The PDF of one issued document, handed only to its holder (or, logged, to the issuing department). */
public record DocumentFile(String issuanceNumber, String fileName, byte[] content, String sha256, long holderAccountId)
        implements PersonalData, Serializable {
    public static final String MEDIA_TYPE = "application/pdf";

    public DocumentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public long dataSubjectId() {
        return holderAccountId;
    }
}
