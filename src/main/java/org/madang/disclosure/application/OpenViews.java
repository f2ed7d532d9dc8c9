package org.madang.disclosure.application;

import org.madang.disclosure.application.OrganisationNames.Name;
import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.Publication;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationDetails;
import org.madang.disclosure.domain.PublicationHit;
import org.madang.disclosure.domain.PublicationPhase;
import org.madang.disclosure.domain.PublicationType;
import org.madang.disclosure.domain.PublicationVersion;
import org.madang.disclosure.domain.TextStatus;

import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Read models of published information for pages and the API (never entities). */
public final class OpenViews {
    private OpenViews() {
    }

    public record VersionView(int number, String fileName, FileFormat format, String contentType, long sizeBytes,
                              String sha256, TextStatus textStatus, String reason, Instant createdAt) implements Serializable {
        static VersionView of(PublicationVersion v) {
            return new VersionView(v.getNumber(), v.getFileName(), v.getFormat(), v.getContentType(), v.getSizeBytes(),
                    v.getSha256(), v.getTextStatus(), v.getReason(), v.getCreatedAt());
        }

        public boolean isTextSearchable() {
            return textStatus == TextStatus.EXTRACTED;
        }
    }

    public record RelatedView(long id, String titleKo, String titleEn) implements Serializable {
    }

    /** A publication's page: metadata, every version (newest first), related items. */
    public record PublicationView(long id, PublicationType type, PublicationCategory category, String titleKo,
                                  String titleEn, String summaryKo, String summaryEn, Name agency, Name department,
                                  long departmentId, String legalBasis, List<String> keywords, Licence licence,
                                  PublicationPhase phase, Instant publishedAt, Instant withdrawnAt,
                                  String withdrawalReason, String requestReference, int currentVersion,
                                  List<VersionView> versions, List<RelatedView> related, Instant updatedAt) implements Serializable {
        static PublicationView of(Publication p, OrganisationNames names, List<RelatedView> related, Instant now) {
            return new PublicationView(p.getId(), p.getKind(), p.getCategory(), p.getTitleKo(), p.getTitleEn(),
                    p.getSummaryKo(), p.getSummaryEn(), names.agencyOrCode(p.getAgencyCode()),
                    names.department(p.getDepartmentId()).orElse(null), p.getDepartmentId(), p.getLegalBasis(),
                    PublicationDetails.keywordList(p.getKeywords()), p.getLicence(), p.phase(now), p.getPublishedAt(),
                    p.getWithdrawnAt(), p.getWithdrawalReason(), p.getRequestReference(), p.getCurrentVersion(),
                    newestFirst(p), related, p.getUpdatedAt());
        }

        private static List<VersionView> newestFirst(Publication p) {
            List<VersionView> vs = new java.util.ArrayList<>(p.getVersions().stream().map(VersionView::of).toList());
            java.util.Collections.reverse(vs);
            return List.copyOf(vs);
        }

        public VersionView getCurrent() {
            return versions.get(0);
        }

        public boolean isWithdrawn() {
            return phase == PublicationPhase.WITHDRAWN;
        }

        public boolean isDataset() {
            return type == PublicationType.DATASET;
        }
    }

    /** What the publisher sees before publishing: the page, plus what the check found and the text read. */
    public record OfficeView(PublicationView publication, int residentNumbers, int phoneNumbers, int emailAddresses,
                             boolean personalDataConfirmed, boolean blocked, String textPreview) implements Serializable {
        public boolean isPersonalDataFound() {
            return residentNumbers + phoneNumbers + emailAddresses > 0;
        }
    }

    /** A line of the publisher's list. */
    public record OfficeLine(long id, String titleKo, String titleEn, PublicationType type, PublicationPhase phase,
                             Instant publishedAt, int currentVersion, boolean blocked, Instant updatedAt) {
        static OfficeLine of(Publication p, Instant now) {
            return new OfficeLine(p.getId(), p.getTitleKo(), p.getTitleEn(), p.getKind(), p.phase(now),
                    p.getPublishedAt(), p.getCurrentVersion(), p.current().blocksPublication(), p.getUpdatedAt());
        }
    }

    /** A search result line with the names the page shows. */
    public record HitView(PublicationHit hit, Name agency, Name department) {
    }

    /** A facet value with its count; {@code label} is a name (agencies) or null (a bundle key is used). */
    public record FacetValue(String value, long count, Name label) {
    }

    public record SearchPage(long total, List<HitView> hits, List<FacetValue> agencies, List<FacetValue> categories,
                             List<FacetValue> types, List<FacetValue> formats, List<FacetValue> years,
                             String nextCursor) {
    }

    /** A file to send: what it is, and how to read its bytes. */
    public record Download(String fileName, String contentType, long sizeBytes, String sha256, Instant lastModified,
                           Supplier<InputStream> content) {
    }

    /** A dataset as the DCAT catalogue describes it. */
    public record DatasetEntry(long id, String titleKo, String titleEn, String summaryKo, String summaryEn,
                               List<String> keywords, Name agency, Licence licence, Instant issued, Instant modified,
                               FileFormat format, long sizeBytes, int version) {
    }
}
