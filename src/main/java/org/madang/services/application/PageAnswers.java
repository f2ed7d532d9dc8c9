package org.madang.services.application;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one click on a form page sends, typed as the person gave it: text answers (dates, numbers,
 * options as typed or chosen), ticked boxes, the options chosen of a multiple-choice question, the
 * files picked and the documents chosen from government records. How answers are stored (a ticked
 * box as "true", chosen options joined by commas) is the service's business, not the page's.
 */
public record PageAnswers(Map<String, String> text, Map<String, Boolean> ticks, Map<String, List<String>> choices,
                          List<FileGiven> files, List<RecordPick> fromRecords) implements Serializable {
    public PageAnswers {
        text = text == null ? Map.of() : new HashMap<>(text);
        ticks = ticks == null ? Map.of() : new HashMap<>(ticks);
        choices = choices == null ? Map.of() : new HashMap<>(choices);
        files = files == null ? List.of() : List.copyOf(files);
        fromRecords = fromRecords == null ? List.of() : List.copyOf(fromRecords);
    }

    /** A file picked for a FILE question (at most one byte over the limit is read, so size is judged here). */
    public record FileGiven(String fieldKey, String fileName, byte[] content) implements Serializable {
    }

    /**
     * A document chosen "from government records" for a FILE question: {@code choice} is the
     * offered value ({@code SOURCE:reference}), {@code consent} whether the consent box was ticked.
     */
    public record RecordPick(String fieldKey, String choice, boolean consent) implements Serializable {
        public boolean isChosen() {
            return choice != null && !choice.isBlank();
        }
    }

    /** The answers as a draft stores them; a question left out of every map is left as it is. */
    Map<String, String> stored() {
        Map<String, String> out = new HashMap<>(text);
        out.replaceAll((k, v) -> v == null ? "" : v);
        ticks.forEach((k, v) -> out.put(k, Boolean.TRUE.equals(v) ? "true" : ""));
        choices.forEach((k, v) -> out.put(k, v == null ? "" : String.join(",", v)));
        return out;
    }

    /** The options of a stored multiple-choice answer, as {@link #choices} gives them. */
    public static List<String> options(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }
}
