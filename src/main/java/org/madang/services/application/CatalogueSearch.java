package org.madang.services.application;

import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ServiceCategory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Catalogue search over the in-memory snapshot: every word of the query must appear in the
 * service's names or summaries, in either language. Korean is matched as substrings (a citizen
 * types "등본" for "주민등록표 등본 발급"), English case-insensitively; a match in a name ranks
 * above a match only in a summary. 33 services do not need a search engine; Hibernate Search
 * becomes worth it when the catalogue reaches the thousands.
 */
public final class CatalogueSearch {
    private CatalogueSearch() {
    }

    public static List<ServiceView> search(List<ServiceView> services, String query, ServiceCategory category,
                                           LifeEvent event) {
        String[] words = words(query);
        return services.stream()
                .filter(s -> category == null || s.category() == category)
                .filter(s -> event == null || s.lifeEvents().contains(event))
                .filter(s -> matchesAll(s, words))
                .sorted(Comparator.comparingInt((ServiceView s) -> nameMatches(s, words) ? 0 : 1))
                .toList();
    }

    static String[] words(String query) {
        if (query == null || query.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(normalise(query).split("[\\s,.;:·()]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** NFC (so decomposed Hangul typed on some keyboards matches), lower case. */
    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return nfc.replace('\u00a0', ' ').strip();
    }

    private static boolean matchesAll(ServiceView s, String[] words) {
        if (words.length == 0) {
            return true;
        }
        String haystack = normalise(String.join(" ", s.nameKo(), s.nameEn(), s.summaryKo(), s.summaryEn(), s.code()));
        String compact = haystack.replace(" ", "");
        return Arrays.stream(words).allMatch(w -> haystack.contains(w) || compact.contains(w));
    }

    private static boolean nameMatches(ServiceView s, String[] words) {
        if (words.length == 0) {
            return true;
        }
        String names = normalise(s.nameKo() + " " + s.nameEn());
        String compact = names.replace(" ", "");
        return Arrays.stream(words).allMatch(w -> names.contains(w) || compact.contains(w));
    }
}
