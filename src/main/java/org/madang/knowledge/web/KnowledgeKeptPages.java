package org.madang.knowledge.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The public FAQ pages and API answers, kept for anonymous readers until a knowledge command
 * (publishing, revising, withdrawing an article) commits; a minute old at most otherwise.
 */
@ApplicationScoped
public class KnowledgeKeptPages implements KeptPageRules {
    static final String KNOWLEDGE = "knowledge";
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Override
    public List<KeptPageRule> keptPages() {
        return KeptPageRule.each(MAX_AGE, Duration.ZERO, Set.of(KNOWLEDGE), "/knowledge/", "/knowledge/index.xhtml",
                "/knowledge/article.xhtml", "/api/knowledge/articles", "/api/knowledge/articles/*");
    }

    @Override
    public Map<String, Predicate<String>> regionsChangedByActions() {
        return Map.of(KNOWLEDGE, a -> a.startsWith("knowledge."));
    }
}
