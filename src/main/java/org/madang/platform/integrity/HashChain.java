package org.madang.platform.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Tamper-evident chains: each link's hash is SHA-256 over the previous link's hash and the link's
 * own canonical content. Canonical content is built from length-prefixed fields so that no two
 * different records can produce the same bytes (no separator ambiguity).
 */
public final class HashChain {
    /** The "previous hash" of the first link. */
    public static final String GENESIS = "0".repeat(64);

    /** A link's hash as the chain stores it: 64 lowercase hex digits of SHA-256. */
    public static String requireHash(String h) {
        if (h == null || !h.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + h);
        }
        return h;
    }

    private HashChain() {
    }

    public static String canonical(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            String v = f == null ? "" : f;
            b.append(v.length()).append(':').append(v).append(';');
        }
        return b.toString();
    }

    public static String link(String previousHash, String canonicalContent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** One stored link as read back for verification. */
    public record Link(long sequence, String previousHash, String hash, String canonicalContent) {
    }

    /** The outcome of walking a chain: intact, or the first link that does not hold. */
    public record Verdict(boolean intact, long checked, Long firstBrokenSequence, String reason) {
        public static Verdict ok(long checked) {
            return new Verdict(true, checked, null, null);
        }
    }

    /** Walks links in sequence order and reports the first one whose hash or back-pointer is wrong. */
    public static Verdict verify(Iterable<Link> links) {
        String expectedPrevious = GENESIS;
        long n = 0;
        for (Link l : links) {
            if (!expectedPrevious.equals(l.previousHash())) {
                return new Verdict(false, n, l.sequence(), "previous-hash");
            }
            if (!link(l.previousHash(), l.canonicalContent()).equals(l.hash())) {
                return new Verdict(false, n, l.sequence(), "content-hash");
            }
            expectedPrevious = l.hash();
            n++;
        }
        return Verdict.ok(n);
    }
}
