package org.madang.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.madang.disclosure.domain.FileFormat;
import org.madang.platform.error.Conflict;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every dataset in both CSV and JSON: a CSV becomes an array of objects keyed by its header; a JSON
 * array of flat objects becomes a CSV with the union of their keys as header.
 */
@ApplicationScoped
public class DatasetFormats {
    public String csv(FileFormat format, byte[] bytes) {
        String text = Csv.decode(bytes).orElseThrow(() -> new Conflict("open.dataset.unconvertible"));
        if (format == FileFormat.CSV) {
            return text;
        }
        JsonArray rows = jsonArray(text);
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(v -> header.addAll(v.asJsonObject().keySet()));
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>(header));
        for (JsonValue v : rows) {
            JsonObject o = v.asJsonObject();
            List<String> row = new ArrayList<>();
            for (String h : header) {
                JsonValue cell = o.get(h);
                row.add(cell == null || cell.getValueType() == JsonValue.ValueType.NULL ? ""
                        : cell instanceof JsonString s ? s.getString() : cell.toString());
            }
            out.add(row);
        }
        return Csv.write(out);
    }

    public String json(FileFormat format, byte[] bytes) {
        String text = Csv.decode(bytes).orElseThrow(() -> new Conflict("open.dataset.unconvertible"));
        if (format == FileFormat.JSON) {
            return text;
        }
        List<List<String>> rows;
        try {
            rows = Csv.parse(text, 0);
        } catch (IllegalArgumentException e) {
            throw new Conflict("open.dataset.unconvertible");
        }
        JsonArrayBuilder arr = Json.createArrayBuilder();
        if (!rows.isEmpty()) {
            List<String> header = rows.get(0);
            for (List<String> r : rows.subList(1, rows.size())) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                for (int i = 0; i < header.size(); i++) {
                    o.add(header.get(i), i < r.size() ? r.get(i) : "");
                }
                arr.add(o);
            }
        }
        return arr.build().toString();
    }

    private static JsonArray jsonArray(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            JsonValue v = r.readValue();
            if (v instanceof JsonArray a && a.stream().allMatch(e -> e.getValueType() == JsonValue.ValueType.OBJECT)) {
                return a;
            }
        } catch (RuntimeException e) {
            // not JSON we can tabulate
        }
        throw new Conflict("open.dataset.unconvertible");
    }
}
