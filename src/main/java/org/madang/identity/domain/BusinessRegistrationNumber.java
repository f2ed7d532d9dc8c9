package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * 사업자등록번호: ten digits, shown as 123-45-67890, the last one a check digit over the first nine
 * (weights 1,3,7,1,3,7,1,3,5, plus the tens of the ninth digit times five).
 */
@Embeddable
public class BusinessRegistrationNumber implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    @Column(name = "registration_number", length = 10, nullable = false)
    private String digits;

    protected BusinessRegistrationNumber() {
    }

    private BusinessRegistrationNumber(String digits) {
        this.digits = digits;
    }

    /** Parses "123-45-67890" or "1234567890"; throws {@link InvalidBusinessNumber} when malformed or the check digit is wrong. */
    public static BusinessRegistrationNumber parse(String text) {
        String d = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!d.matches("\\d{10}")) {
            throw new InvalidBusinessNumber();
        }
        if (checkDigit(d) != d.charAt(9) - '0') {
            throw new InvalidBusinessNumber();
        }
        return new BusinessRegistrationNumber(d);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidBusinessNumber e) {
            return false;
        }
    }

    /** The check digit for the first nine digits of {@code d}. */
    public static int checkDigit(String d) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((d.charAt(8) - '0') * 5) / 10;
        return (10 - sum % 10) % 10;
    }

    public String digits() {
        return digits;
    }

    @Override
    public String toString() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessRegistrationNumber b && Objects.equals(digits, b.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(digits);
    }
}
