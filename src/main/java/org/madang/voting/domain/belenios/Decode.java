package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed decoding helpers. Object fields must come exactly in the order the caller asks for them,
 * with no unknown or repeated field: that is how Belenios' canonical form is enforced on input.
 */
final class Decode {
    private Decode() {
    }

    /** Walks an object's members in order. */
    static final class Fields {
        private final List<Json.Member> members;
        private final String what;
        private int pos;

        Fields(Json v, String what) {
            if (!(v instanceof Json.Obj obj)) {
                throw malformed(what + " must be a JSON object");
            }
            this.members = obj.members();
            this.what = what;
        }

        Json required(String name) {
            if (pos >= members.size() || !members.get(pos).name().equals(name)) {
                throw new BeleniosException(FailureCode.NON_CANONICAL_JSON,
                        what + ": expected field \"" + name + "\"" + found());
            }
            return members.get(pos++).value();
        }

        Json optional(String name) {
            if (pos < members.size() && members.get(pos).name().equals(name)) {
                return members.get(pos++).value();
            }
            return null;
        }

        void end() {
            if (pos != members.size()) {
                throw new BeleniosException(FailureCode.NON_CANONICAL_JSON,
                        what + ": unexpected field \"" + members.get(pos).name() + "\"");
            }
        }

        private String found() {
            return pos < members.size() ? " but found \"" + members.get(pos).name() + "\"" : " but the object ended";
        }
    }

    static Fields fields(Json v, String what) {
        return new Fields(v, what);
    }

    static String string(Json v, String what) {
        if (v instanceof Json.Str s) {
            return s.value();
        }
        throw malformed(what + " must be a string");
    }

    static long integer(Json v, String what) {
        if (v instanceof Json.Int i) {
            return i.value();
        }
        throw malformed(what + " must be an integer");
    }

    static int smallInt(Json v, String what) {
        long n = integer(v, what);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw malformed(what + " is out of range");
        }
        return (int) n;
    }

    static boolean bool(Json v, String what) {
        if (v instanceof Json.Bool b) {
            return b.value();
        }
        throw malformed(what + " must be a boolean");
    }

    /** A natural number written in base 10 as a JSON string, without sign or leading zeros. */
    static BigInteger natural(Json v, String what) {
        return naturalText(string(v, what), what);
    }

    static BigInteger naturalText(String s, String what) {
        if (!isCanonicalDecimal(s)) {
            throw new BeleniosException(FailureCode.NON_CANONICAL_JSON, what + " is not a canonical decimal number");
        }
        return new BigInteger(s);
    }

    static boolean isCanonicalDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 700 || (n > 1 && s.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static <T> List<T> list(Json v, String what, Function<Json, T> item) {
        if (!(v instanceof Json.Arr arr)) {
            throw malformed(what + " must be a JSON array");
        }
        List<T> out = new ArrayList<>(arr.items().size());
        for (Json j : arr.items()) {
            out.add(item.apply(j));
        }
        return List.copyOf(out);
    }

    static BeleniosException malformed(String message) {
        return new BeleniosException(FailureCode.MALFORMED_JSON, message);
    }
}
