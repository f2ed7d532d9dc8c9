package org.madang.disclosure.request.domain;

import org.madang.platform.error.NotFound;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A disclosure request's receipt number (청구 접수번호), e.g. {@code DR-20261207-000042-3}: the date
 * of receipt in Korea, the day's sequence and a Damm check digit (every wrong digit and every swap
 * of neighbours is caught). The prefix keeps it apart from a civil-service receipt number, which
 * has the same shape.
 */
public final class RequestNumber implements Serializable, Comparable<RequestNumber> {
    private static final long serialVersionUID = 1L;
    public static final int MAX_SEQUENCE = 999_999;
    private static final Pattern FORMAT = Pattern.compile("(?i)DR-?(\\d{8})-?(\\d{6})-?(\\d)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final LocalDate date;
    private final int sequence;

    private RequestNumber(LocalDate date, int sequence) {
        this.date = date;
        this.sequence = sequence;
    }

    public static RequestNumber of(LocalDate date, long sequence) {
        if (date == null || date.getYear() < 2000 || date.getYear() > 9999) {
            throw new IllegalArgumentException("receipt date out of range");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("receipt sequence out of range");
        }
        return new RequestNumber(date, (int) sequence);
    }

    /** A number as typed; a malformed one or a wrong check digit is an unknown request (404). */
    public static RequestNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new NotFound("disclosure.request.notFound"));
    }

    public static Optional<RequestNumber> tryParse(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches() || damm(m.group(1) + m.group(2)) != m.group(3).charAt(0) - '0') {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(m.group(1), DAY);
            int seq = Integer.parseInt(m.group(2));
            return seq < 1 || d.getYear() < 2000 ? Optional.empty() : Optional.of(new RequestNumber(d, seq));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static int damm(String digits) {
        return org.madang.platform.integrity.DammCheckDigit.of(digits);
    }

    public LocalDate date() {
        return date;
    }

    public int sequence() {
        return sequence;
    }

    @Override
    public String toString() {
        String digits = date.format(DAY) + String.format("%06d", sequence);
        return "DR-" + date.format(DAY) + "-" + String.format("%06d", sequence) + "-" + damm(digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestNumber n && n.date.equals(date) && n.sequence == sequence;
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + sequence;
    }

    @Override
    public int compareTo(RequestNumber o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : Integer.compare(sequence, o.sequence);
    }
}
