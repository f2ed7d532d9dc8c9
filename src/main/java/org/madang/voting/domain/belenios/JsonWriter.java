package org.madang.voting.domain.belenios;

/**
 * Writes {@link Json} compactly, escaping strings exactly as Yojson (which belenios-tool uses) does:
 * the two-character escapes for quote, backslash, \b \f \n \r \t, backslash-u00XX (lower-case hex) for
 * the other control characters and DEL, and everything else - '/' and non-ASCII included - as is.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {
    }

    public static String write(Json v) {
        StringBuilder b = new StringBuilder(256);
        write(v, b);
        return b.toString();
    }

    static void write(Json v, StringBuilder b) {
        if (v instanceof Json.Str str) {
            writeString(str.value(), b);
        } else if (v instanceof Json.Obj obj) {
            b.append('{');
            boolean first = true;
            for (Json.Member m : obj.members()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                writeString(m.name(), b);
                b.append(':');
                write(m.value(), b);
            }
            b.append('}');
        } else if (v instanceof Json.Arr arr) {
            b.append('[');
            boolean first = true;
            for (Json item : arr.items()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                write(item, b);
            }
            b.append(']');
        } else if (v instanceof Json.Int i) {
            b.append(i.value());
        } else if (v instanceof Json.Bool bool) {
            b.append(bool.value());
        } else {
            b.append("null");
        }
    }

    private static void writeString(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
