package org.madang.services.infrastructure;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. Korean may break between any two syllables, but a
 * break at a space reads better, so a line ends at its last space when it has one.
 */
final class Wrapping {
    private Wrapping() {
    }

    static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String rest = paragraph.replace('\t', ' ').strip();
            while (!rest.isEmpty()) {
                int end = fitting(font, rest, size, width);
                if (end < rest.length()) {
                    int space = rest.lastIndexOf(' ', end);
                    if (space > 0) {
                        end = space;
                    }
                }
                lines.add(rest.substring(0, end).stripTrailing());
                rest = rest.substring(end).stripLeading();
            }
            if (paragraph.isBlank()) {
                lines.add("");
            }
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** The length of the longest prefix of {@code s} that fits (at least one character). */
    private static int fitting(PDFont font, String s, float size, float width) throws IOException {
        float used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            float w = font.getStringWidth(new String(Character.toChars(cp))) / 1000 * size;
            if (used + w > width && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }
}
