package org.madang.identity.domain;

import java.time.LocalDate;

/**
 * 주민등록번호 as typed by a person to prove who they are. It is never stored: the registry adapter
 * only compares salted hashes. Since October 2020 the last six digits are no longer structured, so
 * only the format and the consistency of the birth date and the century digit are checked.
 */
public final class ResidentRegistrationNumber {
    private final String digits;

    private ResidentRegistrationNumber(String digits) {
        this.digits = digits;
    }

    public static ResidentRegistrationNumber parse(String text, LocalDate birthDate) {
        String d = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!d.matches("\\d{13}")) {
            throw new InvalidResidentNumber();
        }
        int centuryDigit = d.charAt(6) - '0';
        int century = switch (centuryDigit) {
            case 9, 0 -> 1800;
            case 1, 2, 5, 6 -> 1900;
            case 3, 4, 7, 8 -> 2000;
            default -> throw new InvalidResidentNumber();
        };
        try {
            LocalDate encoded = LocalDate.of(century + Integer.parseInt(d.substring(0, 2)),
                    Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4, 6)));
            if (birthDate != null && !encoded.equals(birthDate)) {
                throw new InvalidResidentNumber();
            }
        } catch (java.time.DateTimeException e) {
            throw new InvalidResidentNumber();
        }
        return new ResidentRegistrationNumber(d);
    }

    /**
     * The keyed hash that stands for this resident in the portal (HMAC-SHA-256 under the server's
     * secret, lower-case hex): equal numbers give equal hashes, and without the key nobody can
     * test a guessed number against a stored hash.
     */
    public String keyedHash(byte[] key) {
        return IdentityHashes.hmac(key, "rrn:" + digits);
    }

    /** The digits, for hashing only. */
    public String digits() {
        return digits;
    }

    @Override
    public String toString() {
        return digits.substring(0, 6) + "-*******";
    }
}
