package org.madang.disclosure.domain;

import java.time.Instant;

/** One search result as the index holds it (no database read), with a highlighted snippet if any. */
public record PublicationHit(long id, String titleKo, String titleEn, String summaryKo, String summaryEn,
                             String agencyCode, long departmentId, PublicationType type,
                             PublicationCategory category, FileFormat format, Instant publishedAt,
                             boolean textSearchable, int versionNumber, String snippetHtml) {
}
