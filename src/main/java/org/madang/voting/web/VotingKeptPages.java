package org.madang.voting.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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

    @Override
    public List<KeptPageRule> keptPages() {
        return KeptPageRule.each(MAX_AGE, AT_LEAST, Set.of(VOTING), "/vote/", "/vote/index.xhtml",
                "/vote/election.xhtml", "/polls/", "/polls/index.xhtml", "/polls/poll.xhtml", "/polls/receipts.xhtml",
                "/api/elections", "/api/polls", "/api/polls/*");
    }

    @Override
    public Map<String, Predicate<String>> regionsChangedByActions() {
        return Map.of(VOTING, a -> a.startsWith("election.") || a.startsWith("poll."));
    }
}
