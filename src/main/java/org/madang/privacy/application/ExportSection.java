package org.madang.privacy.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of record in "download my data": {@code id} names it in the JSON export
 * ({@code "account"}, {@code "accessLog"}), {@code titleKey} in the readable one; each record is an
 * ordered map from a field name to a value, and the readable export labels field {@code f} with
 * the text {@code labelPrefix + f}. Values are text, numbers, booleans, {@link Instant}s,
 * {@link LocalDate}s, null, nested records (maps from a field name to such a value, labelled the
 * same way), or lists of these.
 */
public record ExportSection(String id, String titleKey, String labelPrefix, List<Map<String, Object>> records)
        implements Serializable {
    public ExportSection {
        if (id == null || !id.matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("a section id is a plain word: " + id);
        }
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> r : records) {
            r.values().forEach(ExportSection::checkValue);
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(r)));
        }
        records = List.copyOf(copy);
    }

    private static void checkValue(Object v) {
        if (v instanceof Collection<?> c) {
            c.forEach(ExportSection::checkValue);
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                if (!(k instanceof String)) {
                    throw new IllegalArgumentException("a nested record's field names are text");
                }
                checkValue(x);
            });
        } else if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Instant || v instanceof LocalDate)) {
            throw new IllegalArgumentException("not an exportable value: " + v.getClass().getName());
        }
    }

    /** The field names in first-seen order over all records (the columns of the readable export). */
    public List<String> fieldNames() {
        LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        records.forEach(r -> r.keySet().forEach(k -> names.put(k, Boolean.TRUE)));
        return List.copyOf(names.keySet());
    }

    /** A record builder that keeps insertion order: {@code ExportSection.record().put("name", n).build()}. */
    public static Record record() {
        return new Record();
    }

    public static final class Record {
        private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

        public Record put(String field, Object value) {
            values.put(field, value);
            return this;
        }

        public Map<String, Object> build() {
            return values;
        }
    }
}
