package org.madang.voting.domain.belenios;

import java.security.SecureRandom;

/** Belenios election identifiers ("tokens"): at least 14 base58 characters, e.g. {@code ybgbYy3rupTnWD}. */
public final class Uuids {
    static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int LENGTH = 14;

    private Uuids() {
    }

    /** A fresh token of 14 base58 characters, like {@code belenios-tool setup generate-token}. */
    public static String generate(SecureRandom random) {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(BASE58.charAt(random.nextInt(58)));
        }
        return b.toString();
    }

    public static boolean isValid(String uuid) {
        if (uuid == null || uuid.length() < LENGTH) {
            return false;
        }
        for (int i = 0; i < uuid.length(); i++) {
            if (BASE58.indexOf(uuid.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static void requireValid(String uuid) {
        if (!isValid(uuid)) {
            throw new BeleniosException(FailureCode.BAD_ELECTION, "invalid election uuid: " + uuid);
        }
    }
}
