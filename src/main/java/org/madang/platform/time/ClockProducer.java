package org.madang.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** One clock for the whole portal, so rules about time can be tested with a fixed one. */
@ApplicationScoped
public class ClockProducer {
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
