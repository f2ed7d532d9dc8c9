package org.madang.forum.petition.web;

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
 * The petitions' public pages and API answers, kept for anonymous readers. Every support changes a
 * count, so a change (any petition command or petition moderation, after commit) drops them, but a
 * kept answer is still served for a second after it was rendered: under a stream of supports a page
 * is rendered at most once a second per address and is at most a second behind. A petition closing
 * by time shows within a minute.
 */
@ApplicationScoped
public class PetitionKeptPages implements KeptPageRules {
    static final String PETITIONS = "forum.petitions";
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration AT_LEAST = Duration.ofSeconds(1);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(rule("/petitions/"), rule("/petitions/index.xhtml"), rule("/petitions/petition.xhtml"),
                rule("/api/petitions"), rule("/api/petitions/*"));
    }

    private static KeptPageRule rule(String path) {
        return KeptPageRule.of(path, MAX_AGE, PETITIONS).servedAtLeast(AT_LEAST);
    }

    void acted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditableAction action) {
        if (action.succeeded() && (action.action().startsWith("petition.") || action.action().endsWith("Petition")
                || action.action().endsWith("PetitionAppeal"))) {
            pages.drop(PETITIONS);
        }
    }
}
