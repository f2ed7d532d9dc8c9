package org.madang.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The unread count beside "Inbox" on every page, remembered per account: counting takes a query
 * (and a transaction) on every page view. A change to someone's inbox on this server forgets their
 * count once it commits; a change made on another server shows after at most {@link #KEEP}.
 */
@ApplicationScoped
public class UnreadCounts {
    static final Duration KEEP = Duration.ofSeconds(10);
    private static final int MAX_ACCOUNTS = 100_000;

    @Inject
    Inbox inbox;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    private record Count(long unread, Instant at) {
    }

    private final Map<Long, Count> counts = new ConcurrentHashMap<>();

    /** The signed-in caller's unread messages. */
    public long mine() {
        return count(currentUser.accountId(), inbox::unreadCount);
    }

    long count(long accountId, LongSupplier query) {
        Instant now = Instant.now(clock);
        Count c = counts.get(accountId);
        if (c != null && c.at().plus(KEEP).isAfter(now)) {
            return c.unread();
        }
        long unread = query.getAsLong();
        if (counts.size() >= MAX_ACCOUNTS) {
            counts.clear(); // a crude bound: a busy server simply counts afresh
        }
        counts.put(accountId, new Count(unread, now));
        return unread;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) InboxChanged event) {
        counts.remove(event.accountId());
    }

    /** Fired whenever an account's inbox gains a message or one is marked read or unread. */
    public record InboxChanged(long accountId) {
    }
}
