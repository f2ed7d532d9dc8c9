package org.madang.voting.web;

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
 * The elections' and polls' public pages and list APIs, kept for anonymous readers. Any election or
 * poll command (set-up, freezing, a ballot cast, a closing, a tally) drops them after commit; a kept
 * page is still served for a second after rendering (ballots come in streams), and is at most a
 * minute old (an opening or closing time passing shows within a minute). Not the archive and the
 * tally files, which may be large.
 */
@ApplicationScoped
public class VotingKeptPages implements KeptPageRules {
    static final String VOTING = "voting";
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration AT_LEAST = Duration.ofSeconds(1);

    @Inject
    KeptPages pages;

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(rule("/vote/"), rule("/vote/index.xhtml"), rule("/vote/election.xhtml"), rule("/polls/"),
                rule("/polls/index.xhtml"), rule("/polls/poll.xhtml"), rule("/polls/receipts.xhtml"),
                rule("/api/elections"), rule("/api/polls"), rule("/api/polls/*"));
    }

    private static KeptPageRule rule(String path) {
        return KeptPageRule.of(path, MAX_AGE, VOTING).servedAtLeast(AT_LEAST);
    }

    void acted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditableAction action) {
        if (action.succeeded() && (action.action().startsWith("election.") || action.action().startsWith("poll."))) {
            pages.drop(VOTING);
        }
    }
}
