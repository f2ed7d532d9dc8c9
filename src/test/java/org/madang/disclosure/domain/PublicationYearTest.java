package org.madang.disclosure.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The year facet is counted in the portal's time zone, whichever it is configured to be. */
class PublicationYearTest {
    /** 2026-12-31 16:30 UTC is already 2027-01-01 01:30 in Seoul. */
    private static final Instant NEW_YEAR_IN_SEOUL = Instant.parse("2026-12-31T16:30:00Z");

    private static Publication draft() {
        PublicationDetails d = new PublicationDetails(PublicationType.DOCUMENT, PublicationCategory.PLAN,
                "연말 보고서", "Year-end report", "요약", "Summary", null, null, Licence.KOGL_1);
        StoredFile file = new StoredFile("report.pdf", FileFormat.PDF, 10, "key", "sha", "본문",
                TextStatus.EXTRACTED, PersonalDataFindings.none());
        return new Publication(d, "MOIS", 1L, file, "publisher", NEW_YEAR_IN_SEOUL);
    }

    @Test
    void aPublicationOnNewYearsNightInSeoulBelongsToTheNewYearThere() {
        Publication p = draft();
        p.publish(null, NEW_YEAR_IN_SEOUL, ZoneId.of("Asia/Seoul"));
        assertThat(p.getYear()).isEqualTo(2027);
    }

    @Test
    void theSameMomentBelongsToTheOldYearInAPortalRunOnUtc() {
        Publication p = draft();
        p.publish(null, NEW_YEAR_IN_SEOUL, ZoneId.of("UTC"));
        assertThat(p.getYear()).isEqualTo(2026);
    }

    @Test
    void aDraftHasNoYear() {
        assertThat(draft().getYear()).isNull();
    }
}
