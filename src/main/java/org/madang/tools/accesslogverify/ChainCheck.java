package org.madang.tools.accesslogverify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks an access-log chain export (format "madang-access-log-chain", version 1, see the README)
 * line by line and stops at the first link that does not hold. Re-implements the hashing from the
 * written specification, not from the portal's code: if the two ever disagree, that is a finding.
 */
final class ChainCheck {
    static final String FORMAT = "madang-access-log-chain";
    static final String GENESIS = "0".repeat(64);
    /** The hashed fields, in hashing order. */
    static final List<String> HASHED = List.of("sequence", "occurredAt", "subjectAccountId", "actor", "actorName",
            "actorRole", "actorDepartmentId", "fields", "purposeKey", "purposeReference");

    /** What the check found. {@code brokenSequence} and {@code line} are null when intact. */
    record Result(boolean intact, long checked, Long brokenSequence, Integer line, String problem, String lastHash) {
        static Result intact(long checked, String lastHash) {
            return new Result(true, checked, null, null, null, lastHash);
        }

        static Result broken(long checked, long sequence, int line, String problem) {
            return new Result(false, checked, sequence, line, problem, null);
        }
    }

    private long headSequence;
    private String headHash;
    private String expectedPrevious = GENESIS;
    private long expectedSequence = 1;
    private long checked;
    private Result broken;

    /** Reads the header (line 1). */
    void header(String line) {
        Map<String, Object> h = FlatJson.parseObject(line);
        if (!FORMAT.equals(h.get("format")) || !Long.valueOf(1).equals(h.get("version"))) {
            throw new IllegalArgumentException("line 1 is not a " + FORMAT + " version 1 header");
        }
        headSequence = number(h, "headSequence");
        headHash = hex(h, "headHash");
    }

    /** Checks one entry; returns false once the chain is broken (later lines need not be read). */
    boolean entry(String line, int lineNumber) {
        Map<String, Object> e = FlatJson.parseObject(line);
        long sequence = number(e, "sequence");
        if (sequence != expectedSequence) {
            return fail(expectedSequence, lineNumber, sequence > expectedSequence
                    ? "entry " + expectedSequence + " is missing (the next line holds entry " + sequence + ")"
                    : "entry " + sequence + " appears out of order or twice");
        }
        if (sequence > headSequence) {
            return fail(sequence, lineNumber, "entry " + sequence + " lies beyond the head the header names ("
                    + headSequence + ")");
        }
        String previous = hex(e, "previousHash");
        if (!previous.equals(expectedPrevious)) {
            return fail(sequence, lineNumber, "its link to the previous entry does not match (an entry before it was"
                    + " removed, inserted, or changed and re-hashed)");
        }
        String hash = hex(e, "hash");
        if (!hash(previous, canonical(e)).equals(hash)) {
            return fail(sequence, lineNumber, "its content does not match its hash (the entry was changed)");
        }
        expectedPrevious = hash;
        expectedSequence++;
        checked++;
        return true;
    }

    /** The verdict once every line was read. */
    Result finish(int lastLine) {
        if (broken != null) {
            return broken;
        }
        if (expectedSequence - 1 < headSequence) {
            return Result.broken(checked, expectedSequence, lastLine + 1, "the export ends before entry "
                    + headSequence + ", the head the header names (entries were removed from the end)");
        }
        if (!expectedPrevious.equals(headHash)) {
            return Result.broken(checked - 1, headSequence, lastLine, "the last entry is not the one the head names"
                    + " (it was replaced)");
        }
        return Result.intact(checked, expectedPrevious);
    }

    private boolean fail(long sequence, int line, String problem) {
        broken = Result.broken(checked, sequence, line, problem);
        return false;
    }

    /** {@code <length>:<text>;} per hashed field; length in UTF-16 code units; null counts as empty text. */
    static String canonical(Map<String, Object> e) {
        StringBuilder b = new StringBuilder();
        for (String field : HASHED) {
            if (!e.containsKey(field)) {
                throw new IllegalArgumentException("entry " + e.get("sequence") + " has no \"" + field + "\"");
            }
            Object v = e.get(field);
            String text = v == null ? "" : v.toString();
            b.append(text.length()).append(':').append(text).append(';');
        }
        return b.toString();
    }

    /** hex(SHA-256(previousHash as ASCII, "\n", canonical as UTF-8)). */
    static String hash(String previousHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static long number(Map<String, Object> o, String name) {
        if (!(o.get(name) instanceof Long n)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a whole number");
        }
        return n;
    }

    private static String hex(Map<String, Object> o, String name) {
        if (!(o.get(name) instanceof String s) || !s.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("\"" + name + "\" must be 64 lower-case hex digits");
        }
        return s;
    }
}
