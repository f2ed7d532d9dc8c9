package org.madang.services.sharing.application;

import org.madang.platform.privacy.PersonalData;
import org.madang.services.sharing.domain.DocumentSource;
import org.madang.services.sharing.domain.SharedDocument;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Read models of administrative information sharing. */
public final class SharingViews {
    private SharingViews() {
    }

    /** A document the applicant may attach from government records instead of uploading. */
    public record RecordChoice(DocumentSource source, String reference, String labelKo, String labelEn,
                               long holderId) implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return holderId;
        }

        /** One value for a select box: source and reference. */
        public String value() {
            return source.name() + ":" + (reference == null ? "" : reference);
        }

        public String label(String lang) {
            return "en".equals(lang) ? labelEn : labelKo;
        }
    }

    /** A question answered from government records: which document, under which consent, since when. */
    public record SharedDocumentView(long id, String fieldKey, DocumentSource source, String reference,
                                     long consentId, Instant consentedAt, Instant withdrawnAt)
            implements Serializable {
        static SharedDocumentView of(SharedDocument d) {
            return new SharedDocumentView(d.getId(), d.getFieldKey(), d.getSource(), d.getReference(),
                    d.getConsentId(), d.getConsentedAt(), d.getWithdrawnAt());
        }

        public boolean isActive() {
            return withdrawnAt == null;
        }
    }

    /** One line of a fetched document. */
    public record Line(String labelKey, String value) implements Serializable {
    }

    /** A document as the officer sees it, fetched live from where the government keeps it. */
    public record FetchedDocument(long sharedId, String applicationNumber, DocumentSource source, Instant fetchedAt,
                                  boolean valid, List<Line> lines, long subjectId)
            implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return subjectId;
        }
    }

    /** Documents nobody had to bring on paper, for one service (the performance dashboard reads this). */
    public record PaperlessCount(long serviceId, String serviceCode, String serviceNameKo, String serviceNameEn,
                                 long documents) implements Serializable {
    }
}
