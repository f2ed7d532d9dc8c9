package org.madang.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.Publication;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationHit;
import org.madang.disclosure.domain.PublicationQuery;
import org.madang.disclosure.domain.PublicationResults;
import org.madang.disclosure.domain.PublicationStatus;
import org.madang.disclosure.domain.PublicationType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search of the published items through Hibernate Search: Korean words through nori
 * (weighted), the same words as CJK bigrams (lighter, for words nori does not know), English
 * through its own analyser; facet counts; a highlighted snippet. Reads only the index.
 */
@ApplicationScoped
public class PublicationSearch {
    private static final AggregationKey<Map<String, Long>> AGENCIES = AggregationKey.of("agency");
    private static final AggregationKey<Map<PublicationCategory, Long>> CATEGORIES = AggregationKey.of("category");
    private static final AggregationKey<Map<PublicationType, Long>> TYPES = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> FORMATS = AggregationKey.of("format");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public PublicationResults search(PublicationQuery q, Instant now) {
        SearchSession session = Search.session(em);
        SearchResult<List<?>> result = session.search(Publication.class)
                .select(f -> f.composite().from(
                        f.field("pid", Long.class), f.field("title_ko", String.class),
                        f.field("title_en", String.class), f.field("summary_ko", String.class),
                        f.field("summary_en", String.class), f.field("agency", String.class),
                        f.field("department", Long.class), f.field("type", PublicationType.class),
                        f.field("category", PublicationCategory.class), f.field("format", String.class),
                        f.field("published", Instant.class), f.field("text_searchable", Boolean.class),
                        f.field("version_number", Integer.class),
                        f.highlight("text"), f.highlight("summary_ko"), f.highlight("title_ko")).asList())
                .where((f, root) -> root.add(where(f, q, now)))
                .sort(f -> q.order() == PublicationQuery.Order.RELEVANCE
                        ? f.score().then().field("published").desc().then().field("pid").desc()
                        : f.field("published").desc().then().field("pid").desc())
                .aggregation(AGENCIES, f -> f.terms().field("agency", String.class).maxTermCount(100))
                .aggregation(CATEGORIES, f -> f.terms().field("category", PublicationCategory.class))
                .aggregation(TYPES, f -> f.terms().field("type", PublicationType.class))
                .aggregation(FORMATS, f -> f.terms().field("format", String.class))
                .aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(50))
                .highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(160).numberOfFragments(1))
                .fetch(q.offset(), q.limit());
        List<PublicationHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row));
        }
        return new PublicationResults(result.total().hitCount(), hits, result.aggregation(AGENCIES),
                names(result.aggregation(CATEGORIES)), names(result.aggregation(TYPES)), result.aggregation(FORMATS),
                result.aggregation(YEARS));
    }

    /** How many items the index holds (all states): zero means it must be built. */
    public long indexedCount() {
        return Search.session(em).search(Publication.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private static SearchPredicate where(SearchPredicateFactory f, PublicationQuery q, Instant now) {
        return f.bool(b -> {
            b.filter(f.match().field("status").matching(PublicationStatus.PUBLISHED));
            b.filter(f.range().field("published").atMost(now));
            if (q.hasText()) {
                b.must(words(f, q.text()));
            } else {
                b.must(f.matchAll());
            }
            anyOf(f, b, "agency", q.agencies());
            anyOf(f, b, "category", q.categories());
            anyOf(f, b, "type", q.types());
            anyOf(f, b, "format", q.formats().stream().map(FileFormat::name).toList());
            anyOf(f, b, "year", q.years());
            if (q.after() != null) {
                b.filter(f.or(f.range().field("published").lessThan(q.after().publishedAt()),
                        f.and(f.match().field("published").matching(q.after().publishedAt()),
                                f.range().field("pid").lessThan(q.after().id()))));
            }
        }).toPredicate();
    }

    /**
     * Each word (split at spaces) must match whole, all its morphemes, in some field: by nori in the
     * Korean fields (weighted), in the English fields, or as bigrams (lighter). Of two words one is
     * enough, of more all but one: 서울시의 따릉이 still finds 서울특별시's 따릉이, ranked below items with both.
     */
    private static SearchPredicate words(SearchPredicateFactory f, String text) {
        List<String> words = java.util.Arrays.stream(text.trim().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).limit(12).toList();
        return f.bool(b -> {
            for (String w : words) {
                b.should(f.or(
                        f.match().field("title_ko").boost(4f).field("keywords").boost(3f).field("summary_ko").boost(2f)
                                .field("text").field("legal_basis").matching(w).minimumShouldMatchPercent(100),
                        f.match().field("title_en").boost(3f).field("summary_en").boost(2f)
                                .matching(w).minimumShouldMatchPercent(100),
                        f.match().field("title_ko_bigram").boost(1.5f).field("keywords_bigram").field("summary_ko_bigram")
                                .field("text_bigram").boost(0.5f).matching(w).minimumShouldMatchPercent(100).boost(0.3f)));
            }
            b.minimumShouldMatchNumber(words.size() <= 2 ? 1 : words.size() - 1);
        }).toPredicate();
    }

    private static void anyOf(SearchPredicateFactory f,
                              org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?> b,
                              String field, Collection<?> values) {
        if (!values.isEmpty()) {
            b.filter(f.terms().field(field).matchingAny(values));
        }
    }

    private static PublicationHit hit(List<?> r) {
        String snippet = first(r.get(13));
        if (snippet == null) {
            snippet = first(r.get(14));
        }
        if (snippet == null) {
            snippet = first(r.get(15));
        }
        String format = (String) r.get(9);
        Boolean searchable = (Boolean) r.get(11);
        Integer version = (Integer) r.get(12);
        return new PublicationHit((Long) r.get(0), (String) r.get(1), (String) r.get(2), (String) r.get(3),
                (String) r.get(4), (String) r.get(5), (Long) r.get(6), (PublicationType) r.get(7),
                (PublicationCategory) r.get(8), format == null ? null : FileFormat.valueOf(format),
                (Instant) r.get(10), searchable != null && searchable, version == null ? 0 : version, snippet);
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> l && !l.isEmpty() ? (String) l.get(0) : null;
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }
}
