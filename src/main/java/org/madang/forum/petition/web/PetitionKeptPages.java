package org.madang.forum.petition.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.madang.platform.web.KeptPageRule;
import org.madang.platform.web.KeptPageRules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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

    @Override
    public List<KeptPageRule> keptPages() {
        return KeptPageRule.each(MAX_AGE, AT_LEAST, Set.of(PETITIONS), "/petitions/", "/petitions/index.xhtml",
                "/petitions/petition.xhtml", "/api/petitions", "/api/petitions/*");
    }

    @Override
    public Map<String, Predicate<String>> regionsChangedByActions() {
        return Map.of(PETITIONS, a -> a.startsWith("petition.") || a.endsWith("Petition") || a.endsWith("PetitionAppeal"));
    }
}
