package org.madang.privacy.web;

import org.madang.privacy.application.PrivacyViews.AccessView;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The same officer reading the same case's data again and again on one day (each page of the
 * case is a read) shows as one line with a count, not as a wall of identical lines. Only reads
 * that name a case are folded; every read is still in the log and in the download.
 */
final class RepeatedReads {
    private RepeatedReads() {
    }

    /** One line of the list: the newest read of a run, how many reads it stands for and when the first was. */
    public record Line(AccessView latest, int count, Instant first) implements Serializable {
        public boolean isRepeated() {
            return count > 1;
        }
    }

    private record Key(Object reader, String purpose, String reference, List<String> fields, LocalDate day) {
    }

    /** Folds a newest-first page of reads, keeping the order of each run's newest read. */
    static List<Line> fold(List<AccessView> newestFirst, ZoneId zone) {
        Map<Object, List<AccessView>> runs = new LinkedHashMap<>();
        for (AccessView r : newestFirst) {
            Object key = r.purposeReference() == null || r.purposeReference().isBlank()
                    ? r.sequence() // no case named: a line of its own
                    : new Key(r.reader(), r.purposeKey(), r.purposeReference(), r.fields(),
                    LocalDate.ofInstant(r.occurredAt(), zone));
            runs.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Line> lines = new ArrayList<>(runs.size());
        for (List<AccessView> run : runs.values()) {
            AccessView latest = run.get(0);
            Instant first = run.stream().map(AccessView::occurredAt).filter(Objects::nonNull).min(Instant::compareTo)
                    .orElse(latest.occurredAt());
            lines.add(new Line(latest, run.size(), first));
        }
        return List.copyOf(lines);
    }
}
