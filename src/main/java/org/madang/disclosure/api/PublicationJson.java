package org.madang.disclosure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.madang.disclosure.application.OpenViews.HitView;
import org.madang.disclosure.application.OpenViews.PublicationView;
import org.madang.disclosure.application.OpenViews.VersionView;
import org.madang.disclosure.domain.PublicationHit;

import java.time.Instant;
import java.util.List;

/** A published item as the API shows it. */
public record PublicationJson(long id, String type, String category, String titleKo, String titleEn,
                              String summaryKo, String summaryEn, String agency, String agencyNameKo,
                              String agencyNameEn, String departmentNameKo, String departmentNameEn,
                              String legalBasis, List<String> keywords,
                              @Schema(description = "KOGL_1..KOGL_4 (공공누리)") String licence, String licenceUri,
                              @Schema(description = "PUBLISHED or WITHDRAWN") String status, Instant publishedAt,
                              Instant withdrawnAt, String withdrawalReason, String requestReference,
                              int currentVersion, List<Version> versions, List<Long> related) {
    public record Version(int number, String fileName, String format, String contentType, long sizeBytes,
                          String sha256, @Schema(description = "false: no text could be read (a scan)") boolean textSearchable,
                          String reason, Instant createdAt,
                          @Schema(description = "path of the file below the API root") String file) {
    }

    /** A list or search result line. */
    public record Summary(long id, String type, String category, String titleKo, String titleEn, String summaryKo,
                          String summaryEn, String agency, Instant publishedAt, String format,
                          boolean textSearchable, int currentVersion,
                          @Schema(description = "a passage matching the query, HTML with <mark>, or null") String snippet) {
        static Summary of(HitView v) {
            PublicationHit h = v.hit();
            return new Summary(h.id(), h.type().name(), h.category().name(), h.titleKo(), h.titleEn(), h.summaryKo(),
                    h.summaryEn(), h.agencyCode(), h.publishedAt(), h.format() == null ? null : h.format().name(),
                    h.textSearchable(), h.versionNumber(), h.snippetHtml());
        }
    }

    static PublicationJson of(PublicationView p) {
        List<Version> versions = p.versions().stream().map(v -> version(p.id(), v)).toList();
        return new PublicationJson(p.id(), p.type().name(), p.category().name(), p.titleKo(), p.titleEn(),
                p.summaryKo(), p.summaryEn(), p.agency().code(), p.agency().ko(), p.agency().en(),
                p.department() == null ? null : p.department().ko(), p.department() == null ? null : p.department().en(),
                p.legalBasis(), p.keywords(), p.licence().name(), p.licence().uri(),
                p.isWithdrawn() ? "WITHDRAWN" : "PUBLISHED", p.publishedAt(), p.withdrawnAt(), p.withdrawalReason(),
                p.requestReference(), p.currentVersion(), versions, p.related().stream().map(r -> r.id()).toList());
    }

    private static Version version(long id, VersionView v) {
        return new Version(v.number(), v.fileName(), v.format().name(), v.contentType(), v.sizeBytes(), v.sha256(),
                v.isTextSearchable(), v.reason(), v.createdAt(),
                "/open/publications/" + id + "/versions/" + v.number() + "/file");
    }
}
