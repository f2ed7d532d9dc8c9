package org.madang.disclosure.request.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a redacted file still holds a text the officer marked as withheld. It compares the
 * file's extracted text (what a reader's copy-and-paste or a search engine sees, fonts' encodings
 * decoded) with each withheld text after the same normalisation: Unicode NFKC (full-width digits,
 * compatibility jamo), lower case, and every whitespace, hyphen and dot removed, so a name or a
 * number broken across lines, spaced out or written 010-1234-5678 / 010 1234 5678 is still found.
 */
public final class RedactionCheck {
    private RedactionCheck() {
    }

    /** The 1-based positions of the withheld texts still found in {@code extracted}. */
    public static List<Integer> stillPresent(String extracted, List<String> withheld) {
        String haystack = normalise(extracted == null ? "" : extracted);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < withheld.size(); i++) {
            String needle = normalise(withheld.get(i));
            if (!needle.isEmpty() && haystack.contains(needle)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '.'
                && c != '\u00AD' && c != '\u2010' && c != '\u2011' && c != '\u2012' && c != '\u2013' && c != '\u2014')
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
