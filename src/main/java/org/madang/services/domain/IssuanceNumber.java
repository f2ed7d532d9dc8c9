package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The issuance number (발급번호) printed on an issued document, which a third party types into
 * the verification page: sixteen digits shown as {@code 1234-5678-9012-3452}, the last one a
 * Damm check digit. Damm catches every single-digit slip and every swap of two neighbouring
 * digits, the two mistakes people make when copying a number from paper.
 *
 * <p>The fifteen other digits are random rather than counted, so numbers cannot be guessed or
 * walked one after another to learn which documents exist and when they were issued.
 */
@Embeddable
public class IssuanceNumber implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int DIGITS = 16;
    private static final RandomGenerator RANDOM = new SecureRandom();

    // Damm's quasigroup of order 10 (weak totally anti-symmetric), as published by H. Michael Damm.
    private static final int[][] TABLE = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    @Column(name = "issuance_number", length = DIGITS, nullable = false, updatable = false)
    private String digits;

    protected IssuanceNumber() {
    }

    private IssuanceNumber(String digits) {
        this.digits = digits;
    }

    /** A fresh random number (SecureRandom is safe to share between threads and holds nothing of anyone). */
    public static IssuanceNumber random() {
        StringBuilder b = new StringBuilder(DIGITS);
        // the first digit is never 0, so the number never loses a digit in a spreadsheet
        b.append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < DIGITS - 1; i++) {
            b.append(RANDOM.nextInt(10));
        }
        return new IssuanceNumber(b.append(checkDigit(b)).toString());
    }

    /**
     * Reads a number as people type it: hyphens and spaces anywhere are ignored.
     *
     * @throws InvalidIssuanceNumber if it is not sixteen digits or its check digit is wrong
     */
    public static IssuanceNumber parse(String text) {
        if (text == null) {
            throw new InvalidIssuanceNumber();
        }
        String d = text.replace("-", "").replace(" ", "").replace("\u00a0", "").trim();
        if (d.length() != DIGITS || !d.chars().allMatch(c -> c >= '0' && c <= '9') || !isValid(d)) {
            throw new InvalidIssuanceNumber();
        }
        return new IssuanceNumber(d);
    }

    /** True when {@code digits} (digits only) ends in its correct Damm check digit. */
    static boolean isValid(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = TABLE[interim][digits.charAt(i) - '0'];
        }
        return interim == 0;
    }

    static int checkDigit(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = TABLE[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    /** The bare sixteen digits (as stored, and as used in links). */
    public String digits() {
        return digits;
    }

    /** Grouped by four, as printed. */
    @Override
    public String toString() {
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
                + digits.substring(12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssuanceNumber n && Objects.equals(n.digits, digits);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(digits);
    }
}
