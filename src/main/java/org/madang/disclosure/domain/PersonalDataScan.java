package org.madang.disclosure.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must not be published by mistake in a file's text: resident registration numbers
 * (주민등록번호: a real birth date, then a gender digit 1-8 and six digits), mobile and landline
 * phone numbers, and e-mail addresses. It errs towards finding: the publisher confirms a false alarm.
 */
public final class PersonalDataScan {
    private static final Pattern RRN = Pattern.compile(
            "(?<![0-9])([0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])\\s?[-–]?\\s?([1-8])[0-9]{6}(?![0-9])");
    // written 010-1234-5678, 010.1234.5678 or 01012345678; not with spaces (table columns joined by spaces)
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])01[016789](?:-[0-9]{3,4}-|\\.[0-9]{3,4}\\.|[0-9]{3,4})[0-9]{4}(?![0-9])");
    // landlines need separators: bare digit runs are too often amounts or codes
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])\\(?0(2|[3-6][1-5]|70)\\)?(?:-|\\) ?)[0-9]{3,4}-[0-9]{4}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private PersonalDataScan() {
    }

    public static PersonalDataFindings scan(String text) {
        if (text == null || text.isEmpty()) {
            return PersonalDataFindings.none();
        }
        Set<String> phones = new HashSet<>(found(MOBILE, text, "[^0-9]"));
        phones.addAll(found(LANDLINE, text, "[^0-9]"));
        return new PersonalDataFindings(residentNumbers(text), phones.size(), found(EMAIL, text, "\\s").size());
    }

    private static int residentNumbers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = RRN.matcher(text);
        while (m.find()) {
            int gender = m.group(4).charAt(0) - '0';
            int century = switch (gender) {
                case 1, 2, 5, 6 -> 1900;
                default -> 2000;
            };
            try {
                LocalDate.of(century + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                found.add(m.group().replaceAll("[^0-9]", ""));
            } catch (DateTimeException notADate) {
                // 19930231-… is no birth date: not a resident number
            }
        }
        return found.size();
    }

    /** Distinct matches, compared without what {@code strip} matches (separators), ignoring case. */
    private static Set<String> found(Pattern p, String text, String strip) {
        Set<String> found = new HashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll(strip, "").toLowerCase(java.util.Locale.ROOT));
        }
        return found;
    }
}
