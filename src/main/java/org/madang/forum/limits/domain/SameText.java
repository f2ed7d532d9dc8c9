package org.madang.forum.limits.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text repeats one its author wrote before: the same after normalising what a person
 * cannot see or would not call a difference (compatibility forms such as full-width letters, case,
 * invisible characters, how much and which white space).
 */
public final class SameText {
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\s]]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private SameText() {
    }

    public static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACE.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** True when {@code text} is, once normalised, one of {@code earlier}; an empty text repeats nothing. */
    public static boolean repeats(String text, Collection<String> earlier) {
        String n = normalised(text);
        return !n.isEmpty() && earlier.stream().anyMatch(e -> n.equals(normalised(e)));
    }
}
