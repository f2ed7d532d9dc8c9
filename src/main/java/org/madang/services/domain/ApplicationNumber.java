package org.madang.services.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receipt number (접수번호), e.g. {@code 20261127-000042-7}: the receipt date in Korea, the day's
 * sequence and a check digit. Citizens read it out on the phone and type it into forms, so the
 * check digit is the Damm algorithm's: it catches every single wrong digit and every swap of two
 * neighbouring digits (Luhn misses 09↔90), and it is one decimal digit.
 */
public final class ApplicationNumber implements Serializable, Comparable<ApplicationNumber> {
    private static final long serialVersionUID = 1L;
    public static final int MAX_SEQUENCE = 999_999;
    private static final Pattern FORMAT = Pattern.compile("(\\d{8})-?(\\d{6})-?(\\d)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;


    private final LocalDate date;
    private final int sequence;

    private ApplicationNumber(LocalDate date, int sequence) {
        this.date = date;
        this.sequence = sequence;
    }

    /** The {@code sequence}-th receipt of {@code date} (1 to {@value #MAX_SEQUENCE}). */
    public static ApplicationNumber of(LocalDate date, long sequence) {
        if (date == null || date.getYear() < 2000 || date.getYear() > 9999) {
            throw new IllegalArgumentException("receipt date out of range: " + date);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("receipt sequence out of range: " + sequence);
        }
        return new ApplicationNumber(date, (int) sequence);
    }

    /**
     * Reads a number as people type it (dashes optional, spaces around ignored); refuses a
     * malformed one or one whose check digit does not match with {@link ApplicationNumberInvalid}.
     */
    public static ApplicationNumber parse(String text) {
        return tryParse(text).orElseThrow(ApplicationNumberInvalid::new);
    }

    public static Optional<ApplicationNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1) + m.group(2);
        if (dammDigit(digits) != m.group(3).charAt(0) - '0') {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(m.group(1), DAY);
            int seq = Integer.parseInt(m.group(2));
            return seq < 1 || d.getYear() < 2000 ? Optional.empty() : Optional.of(new ApplicationNumber(d, seq));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The Damm check digit of a string of decimal digits. */
    static int dammDigit(String digits) {
        return org.madang.platform.integrity.DammCheckDigit.of(digits);
    }

    public LocalDate date() {
        return date;
    }

    public int sequence() {
        return sequence;
    }

    public int checkDigit() {
        return dammDigit(date.format(DAY) + String.format("%06d", sequence));
    }

    @Override
    public String toString() {
        return date.format(DAY) + "-" + String.format("%06d", sequence) + "-" + checkDigit();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationNumber n && n.date.equals(date) && n.sequence == sequence;
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + sequence;
    }

    @Override
    public int compareTo(ApplicationNumber o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : Integer.compare(sequence, o.sequence);
    }
}
