package org.madang.forum.debate.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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

    @Override
    public List<KeptPageRule> keptPages() {
        return KeptPageRule.each(MAX_AGE, AT_LEAST, Set.of(DEBATES), "/forum/", "/forum/index.xhtml",
                "/forum/debate.xhtml", "/forum/thread.xhtml", "/forum/history.xhtml", "/forum/moderation-log.xhtml",
                "/api/forum/*");
    }

    @Override
    public Map<String, Predicate<String>> regionsChangedByActions() {
        return Map.of(DEBATES, a -> a.startsWith("debate.") || a.startsWith("moderation."));
    }
}
