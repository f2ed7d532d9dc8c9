package org.madang.disclosure.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Korean files often come in CP949. */
final class Csv {
    private Csv() {
    }

    /** The text of a CSV or JSON file: UTF-8 (with or without BOM), else CP949; empty if neither. */
    static Optional<String> decode(byte[] bytes) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("x-windows-949"))) {
            try {
                String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /** Rows of fields; at most {@code maxRows} rows (0: all). Refuses an unterminated quote. */
    static List<List<String>> parse(String text, int maxRows) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    row.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // the \n that follows ends the row
                }
                case '\n' -> {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    any = false;
                    if (maxRows > 0 && rows.size() >= maxRows) {
                        return rows;
                    }
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String f = row.get(i) == null ? "" : row.get(i);
                if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                    out.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(f);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
