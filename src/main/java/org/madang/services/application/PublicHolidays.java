package org.madang.services.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.services.infrastructure.ProcessingCalendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The public-holiday table (관공서 공휴일) for other contexts that count days by another statute
 * (disclosure requests count by the Civil Code): reference data, public to read.
 */
@Stateless
@PermitAll
public class PublicHolidays {
    @Inject
    ProcessingCalendar calendar;

    public Set<LocalDate> days() {
        return calendar.clock().calendar().publicHolidays();
    }
}
