package org.madang.voting.domain.poll;

import org.madang.platform.error.InvalidInput;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code a participant receives and later looks up in the public receipt list: 12 random
 * Crockford base-32 characters (60 bits) and a Luhn mod 32 check character, shown as
 * {@code ABCD-EFGH-JKMN-P}. The check character catches every single mistyped character and most
 * swaps of neighbours before a lookup says "not found".
 */
public record ReceiptCode(String value) {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BODY = 12;

    public ReceiptCode {
        if (value == null || !value.matches("[0-9A-HJKMNP-TV-Z]{13}") || !valid(value)) {
            throw new InvalidInput("poll.receipt.codeInvalid").onField("code");
        }
    }

    public static ReceiptCode random() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < BODY; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return new ReceiptCode(b.toString() + checkCharacter(b));
    }

    /** Reads a typed code: case, spaces and dashes do not matter, nor I/L (1) and O (0). */
    public static ReceiptCode parse(String typed) {
        String s = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('I', '1').replace('L', '1').replace('O', '0');
        return new ReceiptCode(s);
    }

    static char checkCharacter(CharSequence body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }

    private static boolean valid(String code) {
        return checkCharacter(code.substring(0, BODY)) == code.charAt(BODY);
    }

    @Override
    public String toString() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }
}
