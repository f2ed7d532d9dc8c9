package org.madang.knowledge.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.Visibility;

import java.util.Collection;
import java.util.List;

/**
 * Ranked full-text search of articles in force, in the index published information uses (nori for
 * Korean, CJK bigrams for words it does not know, English stemmed). Reads only the index; returns
 * ids, best first.
 */
@ApplicationScoped
public class ArticleSearch {
    /**
     * Distinct words a query is built from: a case's answers and notes can be long, and Lucene
     * refuses a query of more than 1,024 clauses (each word makes several, one per field).
     */
    static final int MAX_WORDS = 40;

    /** Who is asking: an officer of a department (their own and government-wide articles), or the public. */
    public record Reader(Long departmentId) {
        public static final Reader PUBLIC = new Reader(null);
    }

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /**
     * Articles for a case: about its service (weighted) and near its text; those in {@code exclude}
     * (already shown) left out.
     */
    public List<Long> suggest(long serviceId, String text, Reader reader, Collection<Long> exclude, int max) {
        String q = clip(text);
        return Search.session(em).search(Article.class).select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(readable(f, reader));
                    if (!exclude.isEmpty()) {
                        root.add(f.not(f.id().matchingAny(exclude)));
                    }
                    root.add(f.bool(b -> {
                        b.should(f.match().field("services").matching(serviceId).boost(3f));
                        if (!q.isBlank()) {
                            b.should(words(f, q));
                        }
                    }));
                })
                .fetchHits(max);
    }

    /** Articles matching what someone typed, best first. */
    public List<Long> search(String text, Reader reader, int max) {
        String q = clip(text);
        if (q.isBlank()) {
            return List.of();
        }
        return Search.session(em).search(Article.class).select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(readable(f, reader));
                    root.add(words(f, q));
                })
                .fetchHits(max);
    }

    public long indexedCount() {
        return Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private static SearchPredicate readable(SearchPredicateFactory f, Reader reader) {
        return f.bool(b -> {
            b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
            if (reader.departmentId() == null) {
                b.filter(f.match().field("visibility").matching(Visibility.PUBLIC));
            } else {
                b.filter(f.or(f.match().field("department").matching(reader.departmentId()),
                        f.terms().field("visibility").matchingAny(List.of(Visibility.GOVERNMENT, Visibility.PUBLIC))));
            }
        }).toPredicate();
    }

    /** Any of the words, titles and citations weighing most; bigrams catch words nori does not know. */
    private static SearchPredicate words(SearchPredicateFactory f, String q) {
        return f.or(
                f.match().field("title_ko").boost(4f).field("citations").boost(2f).field("body_ko").matching(q),
                f.match().field("title_en").boost(3f).field("body_en").matching(q),
                f.match().field("title_ko_bigram").boost(1.5f).field("body_ko_bigram").boost(0.5f).matching(q)
                        .boost(0.3f)).toPredicate();
    }

    static String clip(String text) {
        if (text == null) {
            return "";
        }
        return java.util.Arrays.stream(text.split("[\\s\\p{Punct}「」『』·…]+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .distinct().limit(MAX_WORDS).collect(java.util.stream.Collectors.joining(" "));
    }
}
