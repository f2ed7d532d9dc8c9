package org.madang.platform.cache;

import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The portal's caches are Caffeine caches made here: their upkeep runs on the calling thread (no
 * thread of their own inside the server), and their time is the portal's {@link Clock}, so expiry
 * can be tested with a fixed clock.
 */
public final class Caches {
    private Caches() {
    }

    /** A cache builder whose time is read from {@code clock} each time (so a test may swap the clock). */
    public static Caffeine<Object, Object> builder(Supplier<Clock> clock) {
        return Caffeine.newBuilder()
                .executor(Runnable::run)
                .ticker(() -> nanos(Instant.now(clock.get())));
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
