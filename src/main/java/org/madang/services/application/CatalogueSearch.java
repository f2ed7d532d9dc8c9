package org.madang.services.application;

import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ServiceCategory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Catalogue search over the in-memory snapshot: every word of the query must appear in the
 * service's names or summaries, in either language. Korean is matched as substrings (a citizen
 * types "등본" for "주민등록표 등본 발급"), English case-insensitively; a match in a name ranks
 * above a match only in a summary. Everyday words count too ({@link EverydayWords}): "이사" or
 * "moving" finds the services of the moving life event and the move-in report, "passport" the
 * passport services. A few dozen services do not need a search engine; Hibernate Search becomes
 * worth it when the catalogue reaches the thousands.
 */
public final class CatalogueSearch {
    private CatalogueSearch() {
    }

    public static List<ServiceView> search(List<ServiceView> services, String query, ServiceCategory category,
                                           LifeEvent event) {
        return search(services, query, category, event, EverydayWords.standard());
    }

    static List<ServiceView> search(List<ServiceView> services, String query, ServiceCategory category,
                                    LifeEvent event, EverydayWords everyday) {
        List<Term> terms = terms(query, everyday);
        return services.stream()
                .filter(s -> category == null || s.category() == category)
                .filter(s -> event == null || s.lifeEvents().contains(event))
                .filter(s -> terms.stream().allMatch(t -> t.matches(s)))
                .sorted(Comparator.comparingInt((ServiceView s) -> rank(s, terms)))
                .toList();
    }

    /** One word of the query with what it means in the catalogue (itself, synonyms, life events). */
    record Term(String word, Set<String> alternatives, Set<LifeEvent> events) {
        boolean matches(ServiceView s) {
            String haystack = haystack(s);
            String compact = haystack.replace(" ", "");
            return contains(haystack, compact, word)
                    || alternatives.stream().anyMatch(a -> contains(haystack, compact, a))
                    || s.lifeEvents().stream().anyMatch(events::contains);
        }

        boolean inName(ServiceView s) {
            String names = normalise(s.nameKo() + " " + s.nameEn());
            String compact = names.replace(" ", "");
            return contains(names, compact, word) || alternatives.stream().anyMatch(a -> contains(names, compact, a));
        }
    }

    /** The query's words; a whole query the everyday list knows as a phrase ("change of address") stays one. */
    static List<Term> terms(String query, EverydayWords everyday) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Optional<EverydayWords.Meaning> whole = everyday.meaning(query);
        String[] words = whole.isPresent() && words(query).length > 1 ? new String[]{normalise(query)} : words(query);
        return Arrays.stream(words).map(w -> everyday.meaning(w)
                        .map(m -> new Term(w, m.words(), m.events()))
                        .orElseGet(() -> new Term(w, Set.of(), Set.of())))
                .toList();
    }

    /** Names that contain every word first, then names found through a synonym, then the rest. */
    private static int rank(ServiceView s, List<Term> terms) {
        if (terms.stream().allMatch(t -> contains(normalise(s.nameKo() + " " + s.nameEn()),
                normalise(s.nameKo() + s.nameEn()).replace(" ", ""), t.word()))) {
            return 0;
        }
        return terms.stream().allMatch(t -> t.inName(s)) ? 1 : 2;
    }

    private static String haystack(ServiceView s) {
        return normalise(String.join(" ", s.nameKo(), s.nameEn(), s.summaryKo(), s.summaryEn(), s.code()));
    }

    private static boolean contains(String text, String compact, String word) {
        return text.contains(word) || compact.contains(word.replace(" ", ""));
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
}
