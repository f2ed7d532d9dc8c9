package org.madang.privacy.application;

import org.madang.privacy.domain.AccessLogHead;
import org.madang.privacy.domain.ChainRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

/**
 * The access-log chain export format, version 1 (JSON Lines, UTF-8, one object per line), read by
 * the standalone verifier {@code org.madang.tools.accesslogverify.VerifyAccessLog} and documented
 * in the README:
 * <ol>
 *   <li>a header: {@code {"format":"madang-access-log-chain","version":1,"exportedAt":"…",
 *       "headSequence":N,"headHash":"…"}}: where the chain ended when the export began;</li>
 *   <li>one line per entry, sequence 1 to N, with every hashed field as stored, in hash order:
 *       {@code sequence, occurredAt, subjectAccountId, actor, actorName, actorRole,
 *       actorDepartmentId, fields, purposeKey, purposeReference}, then {@code previousHash, hash}.
 *       {@code occurredAt} is the exact hashed text (UTC, six fraction digits); absent values are
 *       {@code null} and hash as empty text.</li>
 * </ol>
 * hash = hex(SHA-256(previousHash, "\n", canonical)), canonical = for each hashed field in order
 * {@code <length>:<text>;} with the length in UTF-16 code units (Java's String length), the first
 * previousHash being 64 zeros.
 */
final class ChainExport {
    static final String FORMAT = "madang-access-log-chain";
    static final int VERSION = 1;

    private final Writer out;

    ChainExport(Writer out) {
        this.out = out;
    }

    void header(AccessLogHead head, Instant exportedAt) {
        line(new StringBuilder("{").append(member("format", FORMAT)).append(',').append(member("version", VERSION))
                .append(',').append(member("exportedAt", exportedAt.toString()))
                .append(',').append(member("headSequence", head.getLastSequence()))
                .append(',').append(member("headHash", head.getLastHash())).append('}'));
    }

    void entry(ChainRow r) {
        line(new StringBuilder("{")
                .append(member("sequence", r.sequence())).append(',')
                .append(member("occurredAt", r.occurredAtText())).append(',')
                .append(member("subjectAccountId", r.subjectAccountId())).append(',')
                .append(member("actor", r.actor())).append(',')
                .append(member("actorName", r.actorName())).append(',')
                .append(member("actorRole", r.actorRole())).append(',')
                .append(member("actorDepartmentId", r.actorDepartmentId())).append(',')
                .append(member("fields", r.fields())).append(',')
                .append(member("purposeKey", r.purposeKey())).append(',')
                .append(member("purposeReference", r.purposeReference())).append(',')
                .append(member("previousHash", r.previousHash())).append(',')
                .append(member("hash", r.hash())).append('}'));
    }

    /** One {@code "name":value}: numbers as digits, text as a JSON string, absent as null. */
    static String member(String name, Object value) {
        String v;
        if (value == null) {
            v = "null";
        } else if (value instanceof Number n) {
            v = Long.toString(n.longValue());
        } else {
            v = quote(value.toString());
        }
        return quote(name) + ":" + v;
    }

    /** A JSON string (RFC 8259): quote, backslash and control characters escaped, the rest as is (UTF-8). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void line(CharSequence json) {
        try {
            out.append(json).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
