package org.madang.notification.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadCountsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T01:00:00Z");
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong inDatabase = new AtomicLong(3);

    private UnreadCounts counts(Instant now) {
        UnreadCounts c = new UnreadCounts();
        c.clock = Clock.fixed(now, ZoneOffset.UTC);
        return c;
    }

    private long count(UnreadCounts c, long account) {
        return c.count(account, () -> {
            queries.incrementAndGet();
            return inDatabase.get();
        });
    }

    @Test
    void aCountIsQueriedOnceThenRemembered() {
        UnreadCounts c = counts(T0);
        assertThat(count(c, 7)).isEqualTo(3);
        inDatabase.set(5);
        assertThat(count(c, 7)).isEqualTo(3);
        assertThat(queries).hasValue(1);
        assertThat(count(c, 8)).as("another account").isEqualTo(5);
    }

    @Test
    void aChangeToTheInboxIsSeenAtOnce() {
        UnreadCounts c = counts(T0);
        count(c, 7);
        inDatabase.set(4);
        c.changed(new UnreadCounts.InboxChanged(7));
        assertThat(count(c, 7)).isEqualTo(4);
    }

    @Test
    void aChangeMadeElsewhereShowsWhenTheCountExpires() {
        UnreadCounts c = counts(T0);
        count(c, 7);
        inDatabase.set(9);
        c.clock = Clock.fixed(T0.plus(UnreadCounts.KEEP).plusMillis(1), ZoneOffset.UTC);
        assertThat(count(c, 7)).isEqualTo(9);
    }
}
