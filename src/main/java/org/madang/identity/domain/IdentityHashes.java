package org.madang.identity.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keyed hashes (HMAC-SHA-256) of what identifies a resident. The key is the server's secret, so a
 * copy of the database alone cannot be searched for a given number or person; each input is
 * prefixed with what it is, so a hash of one kind never equals a hash of another.
 */
public final class IdentityHashes {
    /** The shortest key accepted: 32 bytes, the size of the hash. */
    public static final int MIN_KEY_BYTES = 32;

    private IdentityHashes() {
    }

    /** The identity an account claims when it asks to be verified: name, birth date, region. */
    public static String claim(byte[] key, String name, LocalDate birthDate, Region region) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return hmac(key, "claim:" + n + "|" + birthDate + "|" + (region == null ? "" : region.name()));
    }

    static String hmac(byte[] key, String text) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("identity key too short");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
