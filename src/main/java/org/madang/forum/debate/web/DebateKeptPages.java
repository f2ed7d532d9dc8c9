package org.madang.forum.debate.web;

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
 * The debates' public pages and API answers, kept for anonymous readers; dropped when a debate
 * command or a moderation decision commits, but served for a second after rendering at least (posts
 * and votes come in streams): at most a second behind, rendered at most once a second per address.
 */
@ApplicationScoped
public class DebateKeptPages implements KeptPageRules {
    static final String DEBATES = "forum.debates";
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration AT_LEAST = Duration.ofSeconds(1);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(rule("/forum/"), rule("/forum/index.xhtml"), rule("/forum/debate.xhtml"), rule("/forum/thread.xhtml"),
                rule("/forum/history.xhtml"), rule("/forum/moderation-log.xhtml"), rule("/api/forum/*"));
    }

    private static KeptPageRule rule(String path) {
        return KeptPageRule.of(path, MAX_AGE, DEBATES).servedAtLeast(AT_LEAST);
    }

    void acted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditableAction action) {
        if (action.succeeded() && (action.action().startsWith("debate.") || action.action().startsWith("moderation."))) {
            pages.drop(DEBATES);
        }
    }
}
