package org.madang.privacy.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExport;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * "Download my data" as JSON: {@code {"format":"madang-personal-data","version":1,"accountId":…,
 * "exportedAt":…,"withheldAccesses":…,"sections":{"account":[{…}],"accessLog":[…],…}}}. Times are
 * ISO-8601 instants (UTC), dates ISO local dates; field names are stable, untranslated words.
 */
final class ExportJson {
    private ExportJson() {
    }

    static void write(PersonalDataExport export, Writer out) {
        try (JsonGenerator g = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            g.writeStartObject()
                    .write("format", PersonalDataExport.FORMAT)
                    .write("version", PersonalDataExport.VERSION)
                    .write("accountId", export.accountId())
                    .write("exportedAt", export.exportedAt().toString())
                    .write("withheldAccesses", export.withheldAccesses())
                    .writeStartObject("sections");
            for (ExportSection s : export.sections()) {
                g.writeStartArray(s.id());
                for (Map<String, Object> record : s.records()) {
                    g.writeStartObject();
                    record.forEach((name, value) -> value(g, name, value));
                    g.writeEnd();
                }
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        }
    }

    private static void value(JsonGenerator g, String name, Object v) {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject(name);
            m.forEach((n, x) -> value(g, (String) n, x));
            g.writeEnd();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray(name);
            c.forEach(item -> element(g, item));
            g.writeEnd();
        } else if (v == null) {
            g.writeNull(name);
        } else if (v instanceof Boolean b) {
            g.write(name, b);
        } else if (v instanceof Long || v instanceof Integer) {
            g.write(name, ((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.write(name, new java.math.BigDecimal(n.toString()));
        } else {
            g.write(name, text(v));
        }
    }

    private static void element(JsonGenerator g, Object v) {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            m.forEach((name, value) -> value(g, (String) name, value));
            g.writeEnd();
        } else if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.write(b);
        } else if (v instanceof Number n) {
            g.write(new java.math.BigDecimal(n.toString()));
        } else {
            g.write(text(v));
        }
    }

    private static String text(Object v) {
        if (v instanceof Instant || v instanceof LocalDate) {
            return v.toString();
        }
        return String.valueOf(v);
    }
}
