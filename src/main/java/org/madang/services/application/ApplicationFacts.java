package org.madang.services.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.ProcessingClock;
import org.madang.services.domain.ProcessingPeriod;
import org.madang.services.infrastructure.ApplicationRepository;
import org.madang.services.infrastructure.ProcessingCalendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Every application's {@link ApplicationProgressed} facts, page by page, for rebuilding the
 * performance indicators from scratch. Public figures: no person is named in them.
 */
@Stateless
@PermitAll
public class ApplicationFacts {
    @Inject
    ApplicationRepository applications;
    @Inject
    ApplicationProgress progress;
    @Inject
    ProcessingCalendar calendar;

    /** Up to {@code size} applications after {@code afterId}, in id order (pass the last id for the next page). */
    public List<ApplicationProgressed> after(long afterId, int size) {
        ProcessingClock clock = calendar.clock();
        List<ApplicationProgressed> page = new ArrayList<>();
        for (Object[] r : applications.factRows(afterId, size)) {
            ProcessingPeriod period = r[5] == null ? null : switch (ProcessingPeriod.Unit.valueOf((String) r[5])) {
                case IMMEDIATE -> ProcessingPeriod.immediate();
                case HOURS -> ProcessingPeriod.hours(((Number) r[6]).intValue());
                case DAYS -> ProcessingPeriod.days(((Number) r[6]).intValue());
            };
            page.add(progress.of(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(), ApplicationStatus.valueOf((String) r[3]),
                    instant(r[4]), period, instant(r[7]), instant(r[8]), instant(r[9]), instant(r[10]),
                    ((Number) r[11]).longValue(), (Boolean) r[12], (Boolean) r[13], clock));
        }
        return page;
    }

    /** How many applications there are (drafts included). */
    public long count() {
        return applications.count();
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
