package org.madang.performance.domain;

import org.junit.jupiter.api.Test;
import org.madang.performance.domain.Participation.Month;
import org.madang.performance.domain.Participation.PetitionFact;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void countedPerMonthInThePortalsZone() {
        List<PetitionFact> petitions = List.of(
                // published 2026-03-31 23:30 in Seoul (still March there, April nowhere): March
                new PetitionFact(Instant.parse("2026-03-31T14:30:00Z"), 120, Instant.parse("2026-04-30T15:00:00Z"),
                        Instant.parse("2026-04-20T01:00:00Z")),
                // 2026-03-31 15:30 UTC is April 1 in Seoul; answered a day late, in May
                new PetitionFact(Instant.parse("2026-03-31T15:30:00Z"), 50, Instant.parse("2026-05-01T00:00:00Z"),
                        Instant.parse("2026-05-02T00:00:00Z")),
                // not answered, due in the past
                new PetitionFact(Instant.parse("2026-04-10T00:00:00Z"), 7, Instant.parse("2026-05-10T00:00:00Z"), null),
                // outside the months asked: left out
                new PetitionFact(Instant.parse("2025-12-10T00:00:00Z"), 999, null, null));
        List<Instant> debates = List.of(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-31T16:00:00Z"));

        // posts as the forum keeps them per month; a month outside the range asked is left out
        java.util.Map<YearMonth, Long> posts = java.util.Map.of(YearMonth.of(2026, 4), 31L, YearMonth.of(2026, 6), 5L);

        List<Month> m = Participation.byMonth(petitions, debates, posts, SEOUL, YearMonth.of(2026, 3), YearMonth.of(2026, 5));
        assertThat(m).extracting(Month::month)
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5));
        assertThat(m.get(0)).isEqualTo(new Month(YearMonth.of(2026, 3), 1, 120, 0, 0, 0, 0));
        assertThat(m.get(1)).isEqualTo(new Month(YearMonth.of(2026, 4), 2, 57, 1, 0, 1, 31));
        // 2026-05-31 16:00 UTC is June 1 in Seoul: not in May
        assertThat(m.get(2)).isEqualTo(new Month(YearMonth.of(2026, 5), 0, 0, 0, 1, 0, 0));

        Month total = Participation.total(m);
        assertThat(total.petitions()).isEqualTo(3);
        assertThat(total.supports()).isEqualTo(177);
        assertThat(total.posts()).isEqualTo(31);
        assertThat(total.onTimeRate()).isEqualByComparingTo("50.0");
        assertThat(m.get(0).onTimeRate()).isNull();
        assertThat(Participation.overdue(petitions, Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo(1);
        assertThat(Participation.overdue(petitions, Instant.parse("2026-05-09T00:00:00Z"))).isZero();
    }
}
