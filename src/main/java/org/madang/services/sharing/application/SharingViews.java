package org.madang.services.sharing.application;

import org.madang.platform.privacy.PersonalData;
import org.madang.services.sharing.domain.DocumentSource;
import org.madang.services.sharing.domain.SharedDocument;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * One line of a fetched document: plain text, a moment or a day (shown in the reader's zone and
     * language), or a text-bundle key ({@code translated}) for coded values such as a status.
     */
    public record Line(String labelKey, String value, Instant instant, LocalDate date, boolean translated)
            implements Serializable {
        public static Line text(String labelKey, String value) {
            return new Line(labelKey, value, null, null, false);
        }

        public static Line at(String labelKey, Instant instant) {
            return new Line(labelKey, null, instant, null, false);
        }

        public static Line on(String labelKey, LocalDate date) {
            return new Line(labelKey, null, null, date, false);
        }

        public static Line key(String labelKey, String valueKey) {
            return new Line(labelKey, valueKey, null, null, true);
        }

        public boolean isPlain() {
            return instant == null && date == null && !translated;
        }
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
