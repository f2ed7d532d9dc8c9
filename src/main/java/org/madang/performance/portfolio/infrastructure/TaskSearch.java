package org.madang.performance.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.madang.performance.portfolio.domain.PortfolioTask;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The overlap check: other agencies' tasks whose title or goals are near a proposal's, in the
 * portal's Hibernate Search index (nori words for Korean, CJK bigrams for words nori does not know or
 * splits differently). A task counts as similar when its title shares at least 35 % of the
 * proposal's title bigrams, or its goals hold at least 25 % of the proposal's goal words; best first.
 */
@ApplicationScoped
public class TaskSearch {
    /** Lucene refuses queries of more than 1,024 clauses; goals can be long. */
    static final int MAX_WORDS = 60;

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public List<Long> similar(String title, String goals, String ownAgency, Long except, int max) {
        String t = clip(title);
        String g = clip(goals);
        if (t.isBlank() && g.isBlank()) {
            return List.of();
        }
        return Search.session(em).search(PortfolioTask.class).select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.not(f.match().field("agency").matching(ownAgency)));
                    if (except != null) {
                        root.add(f.not(f.id().matching(except)));
                    }
                    root.add(f.bool(b -> {
                        if (!t.isBlank()) {
                            b.should(f.match().field("title_bigram").matching(t).minimumShouldMatchPercent(35).boost(3f));
                            b.should(f.match().field("title_ko").matching(t).minimumShouldMatchPercent(50).boost(2f));
                        }
                        if (!g.isBlank()) {
                            b.should(f.match().field("goals_ko").matching(g).minimumShouldMatchPercent(25));
                        }
                    }));
                })
                .fetchHits(max);
    }

    public long indexedCount() {
        return Search.session(em).search(PortfolioTask.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** The whole index again from the database (a small table: one pass). */
    public void rebuild(List<PortfolioTask> tasks) {
        Search.session(em).workspace(PortfolioTask.class).purge();
        var plan = Search.session(em).indexingPlan();
        tasks.forEach(plan::addOrUpdate);
    }

    static String clip(String text) {
        if (text == null) {
            return "";
        }
        return Arrays.stream(text.split("[\\s\\p{Punct}·…]+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .distinct().limit(MAX_WORDS).collect(Collectors.joining(" "));
    }
}
