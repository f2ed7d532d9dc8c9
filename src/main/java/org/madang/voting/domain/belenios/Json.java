package org.madang.voting.domain.belenios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tiny JSON tree that keeps object members in their order of appearance. Belenios hashes and
 * compares JSON byte for byte, so the order of fields is part of the data, not a detail; this is
 * why the library does not use a general-purpose JSON binding. Only integer numbers exist here
 * because Belenios writes big numbers as strings and nothing else needs fractions.
 */
public sealed interface Json permits Json.Obj, Json.Arr, Json.Str, Json.Int, Json.Bool, Json.Null {

    /** An object with its members in source order (duplicates are kept, so decoders can refuse them). */
    record Obj(List<Member> members) implements Json {
        public Obj {
            members = List.copyOf(members);
        }

        /** The value of the first member with this name, or null. */
        public Json get(String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return m.value();
                }
            }
            return null;
        }

        /** A copy without the named member (used to hash a ballot without its signature). */
        public Obj without(String name) {
            List<Member> kept = new ArrayList<>(members.size());
            for (Member m : members) {
                if (!m.name().equals(name)) {
                    kept.add(m);
                }
            }
            return new Obj(kept);
        }
    }

    record Member(String name, Json value) {
    }

    record Arr(List<Json> items) implements Json {
        public Arr {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    record Str(String value) implements Json {
    }

    record Int(long value) implements Json {
    }

    record Bool(boolean value) implements Json {
    }

    enum Null implements Json {
        NULL
    }

    /** Builds objects in the canonical field order chosen by the caller; null values are omitted (optional fields). */
    final class ObjBuilder {
        private final List<Member> members = new ArrayList<>();

        public ObjBuilder put(String name, Json value) {
            if (value != null) {
                members.add(new Member(name, value));
            }
            return this;
        }

        public ObjBuilder put(String name, String value) {
            return value == null ? this : put(name, new Str(value));
        }

        public ObjBuilder put(String name, long value) {
            return put(name, new Int(value));
        }

        public Obj build() {
            return new Obj(members);
        }
    }

    static ObjBuilder object() {
        return new ObjBuilder();
    }

    static Str str(String s) {
        return new Str(s);
    }

    static Str num(java.math.BigInteger n) {
        return new Str(n.toString());
    }

    static Arr arr(List<? extends Json> items) {
        return new Arr(new ArrayList<>(items));
    }

    /** Parses any JSON text (whitespace allowed); use {@link #parseCanonical} for Belenios data. */
    static Json parse(String text) {
        return new JsonReader(text).readDocument();
    }

    /**
     * Parses JSON and insists that it is already in compact form, i.e. that writing the tree back gives
     * the same text. Together with the decoders' fixed field order this makes "canonical" mean exactly
     * what belenios-tool writes.
     */
    static Json parseCanonical(String text) {
        Json tree = parse(text);
        if (!JsonWriter.write(tree).equals(text)) {
            throw new BeleniosException(FailureCode.NON_CANONICAL_JSON, "JSON is not in compact canonical form");
        }
        return tree;
    }

    /** Files written by belenios-tool end with one newline that is not part of the data. */
    static String withoutFinalNewline(String fileContent) {
        return fileContent.endsWith("\n") ? fileContent.substring(0, fileContent.length() - 1) : fileContent;
    }
}
