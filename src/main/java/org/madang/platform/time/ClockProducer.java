package org.madang.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * One clock for the whole portal, so rules about time can be tested with a fixed one; and one
 * time zone (MADANG_TIME_ZONE), in which days begin and end and dates and times are shown.
 */
@ApplicationScoped
public class ClockProducer {
    @Inject
    @ConfigProperty(name = "MADANG_TIME_ZONE", defaultValue = "Asia/Seoul")
    String zone;

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    ZoneId zone() {
        return ZoneId.of(zone);
    }
}
