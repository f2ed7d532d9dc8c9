package org.madang.services.application;

import org.madang.platform.audit.AuditTargetSource;
import org.madang.platform.privacy.PersonalData;
import org.madang.services.domain.DocumentStatus;
import org.madang.services.domain.IssuedDocument;

import java.io.Serializable;
import java.time.Instant;

/**
 * An issued document as its holder (or the issuing department) sees it in a list: what it is and
 * whether it still counts, without the file. It is the holder's data, so it names the holder.
 */
public record IssuedDocumentView(String issuanceNumber, String applicationNumber, long holderAccountId,
                                 String documentTypeKey, String titleKo, String titleEn, Instant issuedAt,
                                 Instant validUntil, Instant revokedAt, String revocationReason, String sha256,
                                 int sizeBytes, DocumentStatus status)
        implements PersonalData, AuditTargetSource, Serializable {

    static IssuedDocumentView of(IssuedDocument d, Instant now) {
        return new IssuedDocumentView(d.getNumber().toString(), d.getApplicationNumber(), d.getHolderAccountId(),
                d.getDocumentTypeKey(), d.getTitleKo(), d.getTitleEn(), d.getIssuedAt(), d.getValidUntil(),
                d.getRevokedAt(), d.getRevocationReason(), d.getSha256(), d.getSizeBytes(), d.statusAt(now));
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleKo;
    }

    public boolean isValid() {
        return status == DocumentStatus.VALID;
    }

    @Override
    public long dataSubjectId() {
        return holderAccountId;
    }

    @Override
    public String auditTarget() {
        return "document:" + issuanceNumber;
    }
}
