package org.madang.services.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A payment reference (납부번호), e.g. {@code 2611-2700-0042-5}: twelve digits taken from the receipt
 * number (yyMMdd and the day's sequence, so there is one per application and no second counter) and
 * a Damm check digit, so a teller or a bank transfer that mistypes one digit is caught.
 */
public final class PaymentReference implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("\\d{4}-?\\d{4}-?\\d{4}-?\\d");

    private final String digits;

    private PaymentReference(String digits) {
        this.digits = digits;
    }

    public static PaymentReference forApplication(ApplicationNumber n) {
        String d = n.toString().substring(2, 8) + String.format("%06d", n.sequence());
        return new PaymentReference(d);
    }

    public static Optional<PaymentReference> tryParse(String text) {
        if (text == null || !FORMAT.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String all = text.strip().replace("-", "");
        String d = all.substring(0, 12);
        return ApplicationNumber.dammDigit(d) == all.charAt(12) - '0' ? Optional.of(new PaymentReference(d))
                : Optional.empty();
    }

    /** The twelve digits and the check digit, without dashes (what a virtual account number ends with). */
    public String digitsWithCheck() {
        return digits + ApplicationNumber.dammDigit(digits);
    }

    @Override
    public String toString() {
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
                + ApplicationNumber.dammDigit(digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentReference p && p.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
