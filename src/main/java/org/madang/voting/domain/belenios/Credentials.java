package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Voter credentials in Belenios' printed form {@code xxx-xxx-xxx-xxx-xxx}: 14 random base58
 * digits and a checksum digit. The secret is PBKDF2-HMAC-SHA256(password = the printed credential
 * with its dashes, salt = election uuid, 1000 iterations, 32 bytes) mod q; the public credential is
 * g^secret.
 */
public final class Credentials {
    private static final int TOKEN_LENGTH = 14;
    private static final BigInteger N58 = BigInteger.valueOf(58);
    private static final BigInteger N53 = BigInteger.valueOf(53);

    private Credentials() {
    }

    /** A fresh printed credential, as {@code belenios-tool setup generate-credentials} makes them. */
    public static String generate(SecureRandom random) {
        StringBuilder raw = new StringBuilder(TOKEN_LENGTH + 1);
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            int d = random.nextInt(58);
            raw.append(Uuids.BASE58.charAt(d));
            value = value.multiply(N58).add(BigInteger.valueOf(d));
        }
        raw.append(Uuids.BASE58.charAt(53 - value.mod(N53).intValue()));
        return format(raw.toString());
    }

    private static String format(String raw) {
        return raw.substring(0, 3) + "-" + raw.substring(3, 6) + "-" + raw.substring(6, 9) + "-"
                + raw.substring(9, 12) + "-" + raw.substring(12, 15);
    }

    /** Whether a printed credential is well formed and its checksum is right (catches typing mistakes). */
    public static boolean isValid(String printed) {
        if (printed == null || printed.length() != 19) {
            return false;
        }
        for (int i : new int[] {3, 7, 11, 15}) {
            if (printed.charAt(i) != '-') {
                return false;
            }
        }
        String raw = printed.replace("-", "");
        if (raw.length() != TOKEN_LENGTH + 1) {
            return false;
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            int d = Uuids.BASE58.indexOf(raw.charAt(i));
            if (d < 0) {
                return false;
            }
            value = value.multiply(N58).add(BigInteger.valueOf(d));
        }
        int checksum = Uuids.BASE58.indexOf(raw.charAt(TOKEN_LENGTH));
        return checksum >= 0 && value.add(BigInteger.valueOf(checksum)).mod(N53).signum() == 0;
    }

    /** The secret exponent of a printed credential for one election. */
    public static BigInteger deriveSecret(String printed, String uuid) {
        if (!isValid(printed)) {
            throw new BeleniosException(FailureCode.BAD_CREDENTIALS, "malformed credential");
        }
        try {
            // PBKDF2WithHmacSHA256 encodes the char[] password as UTF-8, like Belenios' pbkdf2_utf8
            KeySpec spec = new PBEKeySpec(printed.toCharArray(), uuid.getBytes(StandardCharsets.UTF_8), 1000, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new BigInteger(1, derived).mod(Group.Q);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java platform", e);
        }
    }

    /** g^secret, the public credential published in the archive. */
    public static BigInteger publicCredential(BigInteger secret) {
        return Group.gPow(secret);
    }

    public static BigInteger publicCredential(String printed, String uuid) {
        return publicCredential(deriveSecret(printed, uuid));
    }
}
