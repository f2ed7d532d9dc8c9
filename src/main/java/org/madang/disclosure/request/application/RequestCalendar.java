package org.madang.disclosure.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.disclosure.request.domain.DisclosureCalendar;
import org.madang.services.application.PublicHolidays;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The disclosure calendar with the portal's holiday table (kept by the services context) and zone. */
@ApplicationScoped
public class RequestCalendar {
    @Inject
    PublicHolidays holidays;
    @Inject
    ZoneId zone;
    @Inject
    Clock clock;

    public DisclosureCalendar calendar() {
        return DisclosureCalendar.of(holidays.days(), zone);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
