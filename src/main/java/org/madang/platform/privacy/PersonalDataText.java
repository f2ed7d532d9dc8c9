package org.madang.platform.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's one personal-data checker for free text: resident registration numbers
 * (주민등록번호: a real birth date, then a gender digit 1-8 and six digits), mobile and landline
 * phone numbers, and e-mail addresses. It counts them (a publisher is warned before publishing a
 * file) and strips them (a citizen's comment shown to a department). It errs towards finding.
 */
public final class PersonalDataText {
    /** What a stripped number or address is replaced with. */
    public static final String MASK = "***";

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

    private PersonalDataText() {
    }

    /** Distinct resident numbers, phone numbers and e-mail addresses in a text. */
    public record Counts(int residentNumbers, int phoneNumbers, int emailAddresses) {
        public boolean any() {
            return residentNumbers + phoneNumbers + emailAddresses > 0;
        }
    }

    public static Counts count(String text) {
        if (text == null || text.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        Set<String> phones = new HashSet<>(found(MOBILE, text, "[^0-9]"));
        phones.addAll(found(LANDLINE, text, "[^0-9]"));
        Set<String> rrns = new HashSet<>();
        Matcher m = RRN.matcher(text);
        while (m.find()) {
            if (isBirthDate(m)) {
                rrns.add(m.group().replaceAll("[^0-9]", ""));
            }
        }
        return new Counts(rrns.size(), phones.size(), found(EMAIL, text, "\\s").size());
    }

    /** The text with every resident number, phone number and e-mail address replaced by {@value #MASK}. */
    public static String strip(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = EMAIL.matcher(text).replaceAll(MASK);
        Matcher m = RRN.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, isBirthDate(m) ? MASK : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(b);
        t = MOBILE.matcher(b.toString()).replaceAll(MASK);
        return LANDLINE.matcher(t).replaceAll(MASK);
    }

    private static boolean isBirthDate(Matcher m) {
        int gender = m.group(4).charAt(0) - '0';
        int century = switch (gender) {
            case 1, 2, 5, 6 -> 1900;
            default -> 2000;
        };
        try {
            LocalDate.of(century + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return true;
        } catch (DateTimeException notADate) {
            return false; // 19930231-… is no birth date: not a resident number
        }
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
