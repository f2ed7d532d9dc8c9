package org.madang.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.services.domain.HolidayCalendar;
import org.madang.services.domain.ProcessingClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The processing clock with the holiday table's data. The table changes a few times a year (by
 * migration or by hand when a decree adds a day), so it is read again every ten minutes rather
 * than on every call.
 */
@ApplicationScoped
public class ProcessingCalendar {
    private static final Logger LOG = Logger.getLogger(ProcessingCalendar.class.getName());
    private static final long REFRESH_SECONDS = 600;

    @PersistenceContext(unitName = "madang")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    private volatile HolidayCalendar calendar;
    private volatile Instant loadedAt = Instant.EPOCH;

    public ProcessingClock clock() {
        Instant now = Instant.now(clock);
        if (calendar == null || loadedAt.plusSeconds(REFRESH_SECONDS).isBefore(now)) {
            calendar = HolidayCalendar.of(em.createQuery("select h.day from Holiday h", LocalDate.class)
                    .getResultList());
            loadedAt = now;
        }
        ProcessingClock c = new ProcessingClock(calendar, zoneId());
        LocalDate today = LocalDate.ofInstant(now, zoneId());
        if (!calendar.covers(today.plusMonths(2))) {
            LOG.warning(() -> "public_holiday has no data for " + today.plusMonths(2).getYear()
                    + ": due dates count weekends only; load that year's holidays");
        }
        return c;
    }

    public ZoneId zoneId() {
        return zone;
    }
}
