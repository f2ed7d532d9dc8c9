package org.madang.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import com.github.benmanes.caffeine.cache.Cache;
import org.madang.platform.cache.Caches;
import org.madang.platform.changes.ChangeHeard;
import org.madang.platform.changes.ChangeNotices;
import org.madang.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The unread count beside "Inbox" on every page, remembered per account: counting takes a query
 * (and a transaction) on every page view. A change to someone's inbox on this server forgets their
 * count once it commits, and tells the other instances ({@link ChangeNotices}), which forget it too;
 * one that did not hear (its listening connection lost) shows the change after at most {@link #KEEP}.
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
    @Inject
    ChangeNotices notices;

    static final String TOPIC = "notification.inbox";

    private final Cache<Long, Long> counts = Caches.builder(() -> clock).maximumSize(MAX_ACCOUNTS)
            .expireAfterWrite(KEEP).build();

    /** The signed-in caller's unread messages. */
    public long mine() {
        return count(currentUser.accountId(), inbox::unreadCount);
    }

    long count(long accountId, LongSupplier query) {
        return counts.get(accountId, id -> query.getAsLong());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) InboxChanged event) {
        counts.invalidate(event.accountId());
        if (notices != null) {
            notices.announce(TOPIC, java.util.Set.of(Long.toString(event.accountId())));
        }
    }

    void heard(@Observes ChangeHeard change) {
        if (change.everything()) {
            counts.invalidateAll();
        } else if (change.topic().equals(TOPIC)) {
            change.names().forEach(id -> counts.invalidate(Long.valueOf(id)));
        }
    }

    /** Fired whenever an account's inbox gains a message or one is marked read or unread. */
    public record InboxChanged(long accountId) {
    }
}
