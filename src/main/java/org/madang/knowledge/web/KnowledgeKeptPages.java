package org.madang.knowledge.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;
import org.madang.platform.web.KeptPages;

import java.time.Duration;
import java.util.List;

/**
 * The public FAQ pages and API answers, kept for anonymous readers until a knowledge command
 * (publishing, revising, withdrawing an article) commits; a minute old at most otherwise.
 */
@ApplicationScoped
public class KnowledgeKeptPages implements KeptPageRules {
    static final String KNOWLEDGE = "knowledge";
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(KeptPageRule.of("/knowledge/", MAX_AGE, KNOWLEDGE),
                KeptPageRule.of("/knowledge/index.xhtml", MAX_AGE, KNOWLEDGE),
                KeptPageRule.of("/knowledge/article.xhtml", MAX_AGE, KNOWLEDGE),
                KeptPageRule.of("/api/knowledge/articles", MAX_AGE, KNOWLEDGE),
                KeptPageRule.of("/api/knowledge/articles/*", MAX_AGE, KNOWLEDGE));
    }

    void acted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditableAction action) {
        if (action.succeeded() && action.action().startsWith("knowledge.")) {
            pages.drop(KNOWLEDGE);
        }
    }
}
