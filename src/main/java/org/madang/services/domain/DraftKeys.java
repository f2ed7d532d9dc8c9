package org.madang.services.domain;

import java.security.SecureRandom;

/**
 * The reference of a draft before it has a receipt number: "DRAFT-" and twelve random characters
 * without look-alikes (no I, L, O, U, 0, 1), unguessable so a draft's address reveals nothing.
 */
public final class DraftKeys {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DraftKeys() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder("DRAFT-");
        for (int i = 0; i < 12; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
