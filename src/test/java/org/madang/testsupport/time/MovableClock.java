package org.madang.testsupport.time;

import org.madang.testsupport.InContainer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's {@link Clock} in the Arquillian test archive ({@code Deployments.fullWar()}, which
 * holds every {@code @InContainer} class): the system clock plus an offset that a test
 * can move, so rules that depend on "now" (a poll closing, a deadline passing) are tested without
 * sleeping. It replaces {@code platform/time/ClockProducer} in that archive only (an enabled
 * alternative wins over the producer); the real application keeps the system clock. A test that
 * moves it must {@link #reset()} it in a {@code finally}, because every later IT of the run shares this archive.
 */
@InContainer
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /** From now on, "now" is {@code instant} (and keeps running from there). */
    public void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
