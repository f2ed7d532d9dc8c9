package org.madang.performance.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The participation side of the dashboard, per month in the portal's zone: petitions published and
 * the supports they gathered (counted in the month of publication), petition answers given on time
 * or late (in the month of the answer, against the answer's due date), debates opened and posts
 * written in them.
 */
public final class Participation {
    private Participation() {
    }

    /** What the forum tells about one published petition. */
    public record PetitionFact(Instant publishedAt, int supports, Instant answerDueAt, Instant answeredAt) {
    }

    public record Month(YearMonth month, long petitions, long supports, long answeredOnTime, long answeredLate,
                        long debates, long posts) implements java.io.Serializable {
        Month plus(Month o) {
            return new Month(month, petitions + o.petitions, supports + o.supports, answeredOnTime + o.answeredOnTime,
                    answeredLate + o.answeredLate, debates + o.debates, posts + o.posts);
        }

        /** Answers given on time, % of answers given; null when none. */
        public java.math.BigDecimal onTimeRate() {
            return Indicators.percent(answeredOnTime, answeredOnTime + answeredLate);
        }
    }

    /** Every month from {@code from} to {@code to}, in order, with zeros where nothing happened. */
    public static List<Month> byMonth(List<PetitionFact> petitions, List<Instant> debatesOpened,
                                      Map<YearMonth, Long> postsWritten, ZoneId zone, YearMonth from, YearMonth to) {
        Map<YearMonth, Month> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new Month(m, 0, 0, 0, 0, 0, postsWritten.getOrDefault(m, 0L)));
        }
        for (PetitionFact p : petitions) {
            add(months, p.publishedAt(), zone, new Month(null, 1, p.supports(), 0, 0, 0, 0));
            if (p.answeredAt() != null && p.answerDueAt() != null) {
                boolean onTime = !p.answeredAt().isAfter(p.answerDueAt());
                add(months, p.answeredAt(), zone, new Month(null, 0, 0, onTime ? 1 : 0, onTime ? 0 : 1, 0, 0));
            }
        }
        for (Instant d : debatesOpened) {
            add(months, d, zone, new Month(null, 0, 0, 0, 0, 1, 0));
        }
        return new ArrayList<>(months.values());
    }

    /** The months added up (the month of the first). */
    public static Month total(List<Month> months) {
        Month t = new Month(months.isEmpty() ? null : months.get(0).month(), 0, 0, 0, 0, 0, 0);
        for (Month m : months) {
            t = t.plus(m);
        }
        return t;
    }

    /** Petitions whose answer is due and not given, now. */
    public static long overdue(List<PetitionFact> petitions, Instant now) {
        return petitions.stream().filter(p -> p.answerDueAt() != null && p.answeredAt() == null
                && p.answerDueAt().isBefore(now)).count();
    }

    private static void add(Map<YearMonth, Month> months, Instant at, ZoneId zone, Month delta) {
        if (at == null) {
            return;
        }
        YearMonth m = YearMonth.from(at.atZone(zone));
        Month current = months.get(m);
        if (current != null) {
            months.put(m, current.plus(delta));
        }
    }
}
