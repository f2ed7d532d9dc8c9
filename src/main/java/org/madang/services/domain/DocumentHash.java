package org.madang.services.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 fingerprint of an issued file, as lower-case hex. The hash is of the final PDF bytes,
 * which is why it cannot be printed inside the PDF itself: it is stored beside the document and
 * shown by the verification page, where an uploaded file's hash is compared with it.
 */
public final class DocumentHash {
    private DocumentHash() {
    }

    public static String sha256(byte[] content) {
        try {
            // a new digest per call: MessageDigest is not thread-safe, so none is ever shared
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** True when {@code content} hashes to {@code expectedHex} (case and surrounding spaces ignored). */
    public static boolean matches(byte[] content, String expectedHex) {
        if (content == null || expectedHex == null) {
            return false;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(expectedHex.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(HexFormat.of().parseHex(sha256(content)), expected);
    }
}
