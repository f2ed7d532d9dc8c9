package org.madang.voting.domain.belenios;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 8259 parser for {@link Json}: no comments, no trailing commas, integers only. */
final class JsonReader {
    private static final int MAX_DEPTH = 64;
    private final String s;
    private int pos;
    private int depth;

    JsonReader(String text) {
        this.s = text;
    }

    Json readDocument() {
        skipWhitespace();
        Json v = readValue();
        skipWhitespace();
        if (pos != s.length()) {
            throw error("unexpected data after the JSON value");
        }
        return v;
    }

    private Json readValue() {
        if (pos >= s.length()) {
            throw error("unexpected end of JSON");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return new Json.Str(readString());
            case 't':
                expectWord("true");
                return new Json.Bool(true);
            case 'f':
                expectWord("false");
                return new Json.Bool(false);
            case 'n':
                expectWord("null");
                return Json.Null.NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readInt();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Json.Obj readObject() {
        enter();
        pos++;
        List<Json.Member> members = new ArrayList<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return new Json.Obj(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a field name");
            }
            String name = readString();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.add(new Json.Member(name, readValue()));
            skipWhitespace();
            char c = next();
            if (c == '}') {
                depth--;
                return new Json.Obj(members);
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private Json.Arr readArray() {
        enter();
        pos++;
        List<Json> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new Json.Arr(items);
        }
        while (true) {
            skipWhitespace();
            items.add(readValue());
            skipWhitespace();
            char c = next();
            if (c == ']') {
                depth--;
                return new Json.Arr(items);
            }
            if (c != ',') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String readString() {
        pos++;
        StringBuilder b = null;
        int start = pos;
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String out = b == null ? s.substring(start, pos) : b.append(s, start, pos).toString();
                pos++;
                return out;
            }
            if (c < 0x20) {
                throw error("raw control character in string");
            }
            if (c == '\\') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(s, start, pos);
                pos++;
                b.append(readEscape());
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private char readEscape() {
        char e = next();
        switch (e) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 > s.length()) {
                    throw error("truncated \\u escape");
                }
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int d = Character.digit(s.charAt(pos + i), 16);
                    if (d < 0) {
                        throw error("bad \\u escape");
                    }
                    v = v * 16 + d;
                }
                pos += 4;
                return (char) v;
            default:
                throw error("bad escape \\" + e);
        }
    }

    private Json.Int readInt() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digits = 0;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
            digits++;
        }
        if (digits == 0) {
            throw error("bad number");
        }
        if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            throw error("only integer numbers are used by Belenios");
        }
        try {
            return new Json.Int(Long.parseLong(s.substring(start, pos)));
        } catch (NumberFormatException ex) {
            throw error("number out of range");
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("JSON nested too deeply");
        }
    }

    private void expectWord(String w) {
        if (!s.startsWith(w, pos)) {
            throw error("unexpected token");
        }
        pos += w.length();
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private char peek() {
        if (pos >= s.length()) {
            throw error("unexpected end of JSON");
        }
        return s.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private BeleniosException error(String what) {
        return new BeleniosException(FailureCode.MALFORMED_JSON, what + " at offset " + pos);
    }
}
