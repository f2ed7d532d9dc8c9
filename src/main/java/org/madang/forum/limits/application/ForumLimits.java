package org.madang.forum.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.forum.limits.domain.RateLimit;

import java.time.Duration;

/**
 * The forum's abuse limits, per account, from configuration: posts (threads and replies) in a
 * debate per minute and per day, petitions started per day, supports and withdrawals per minute,
 * and how long an identical text by the same author is refused. Official posts of an agency are
 * not limited (an agency may give the same answer to several threads). Read by the debate and
 * petition services, which count the account's recent rows.
 */
@ApplicationScoped
public class ForumLimits {
    @Inject
    @ConfigProperty(name = "MADANG_FORUM_POSTS_PER_MINUTE", defaultValue = "5")
    int postsPerMinute;
    @Inject
    @ConfigProperty(name = "MADANG_FORUM_POSTS_PER_DAY", defaultValue = "60")
    int postsPerDay;
    @Inject
    @ConfigProperty(name = "MADANG_FORUM_REPEAT_HOURS", defaultValue = "24")
    int repeatHours;
    @Inject
    @ConfigProperty(name = "MADANG_PETITION_DRAFTS_PER_DAY", defaultValue = "3")
    int draftsPerDay;
    @Inject
    @ConfigProperty(name = "MADANG_PETITION_SUPPORTS_PER_MINUTE", defaultValue = "10")
    int supportsPerMinute;

    public RateLimit postsPerMinute() {
        return new RateLimit(postsPerMinute, Duration.ofMinutes(1), "forum.limit.postsPerMinute");
    }

    public RateLimit postsPerDay() {
        return new RateLimit(postsPerDay, Duration.ofDays(1), "forum.limit.postsPerDay");
    }

    public RateLimit draftsPerDay() {
        return new RateLimit(draftsPerDay, Duration.ofDays(1), "petition.limit.draftsPerDay");
    }

    /** Supports and withdrawals together (a withdrawal deletes its support, so both are noted apart). */
    public RateLimit supportsPerMinute() {
        return new RateLimit(supportsPerMinute, Duration.ofMinutes(1), "petition.limit.supportsPerMinute");
    }

    public int repeatHours() {
        return repeatHours;
    }

    public Duration repeatWindow() {
        return Duration.ofHours(repeatHours);
    }
}
