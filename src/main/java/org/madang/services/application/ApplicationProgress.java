package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.services.application.ApplicationProgressed.Stage;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.ApplicationStep;
import org.madang.services.domain.ProcessingClock;
import org.madang.services.domain.ProcessingDeadline;
import org.madang.services.domain.ProcessingPeriod;
import org.madang.services.infrastructure.ProcessingCalendar;

import java.time.Instant;

/**
 * Announces every change of an application to whoever counts them (the performance indicators):
 * {@link ApplicationProgressed}, fired in the changing transaction. One place builds the facts, from
 * the aggregate or from a row read in bulk, so an indicator kept up to date and one rebuilt agree.
 */
@ApplicationScoped
public class ApplicationProgress {
    @Inject
    Event<ApplicationProgressed> progressed;
    @Inject
    Event<ApplicationEnded> ended;
    @Inject
    ProcessingCalendar calendar;
    @Inject
    Catalogue catalogue;

    public void changed(Application a) {
        ApplicationProgressed p = facts(a, calendar.clock());
        progressed.fire(p);
        if (p.endedAt() != null && p.receivedAt() != null) {
            ended.fire(new ApplicationEnded(a.getId(), a.reference(), a.getApplicantId(), a.getServiceId(),
                    p.departmentId(), p.stage(), p.endedAt()));
        }
    }

    public ApplicationProgressed facts(Application a, ProcessingClock clock) {
        ProcessingDeadline d = a.getDeadline();
        Long department = a.getAssignment().getDepartmentId();
        Instant ended = a.getDecidedAt();
        if (a.getStatus() == ApplicationStatus.WITHDRAWN) {
            ended = a.getSteps().stream().filter(s -> s.getKind() == ApplicationStep.Kind.WITHDRAWN
                            || s.getKind() == ApplicationStep.Kind.PREREQUISITE_FAILED)
                    .map(ApplicationStep::getAt).reduce((x, y) -> y).orElse(a.getUpdatedAt());
        }
        boolean supplement = a.getSteps().stream().anyMatch(s -> s.getKind() == ApplicationStep.Kind.SUPPLEMENT_REQUESTED);
        return of(a.getId(), a.getServiceId(), department, a.getStatus(), a.getCreatedAt(), d == null ? null : d.getPeriod(),
                d == null ? null : d.getReceivedAt(), ended, d == null ? null : d.getDueAt(),
                d == null ? null : d.getPausedAt(), d == null ? 0 : d.getPausedMinutes(),
                d != null && d.getExtendedBy() != null, supplement, clock);
    }

    /** The facts from the columns of one application (the aggregate's or a bulk read's). */
    ApplicationProgressed of(long id, long serviceId, Long departmentId, ApplicationStatus status, Instant created,
                             ProcessingPeriod period, Instant received, Instant ended, Instant due, Instant paused,
                             long pausedMinutes, boolean extended, boolean supplement, ProcessingClock clock) {
        Stage stage = stage(status, received);
        long department = departmentId != null ? departmentId : catalogue.get(serviceId).departmentId();
        ProcessingPeriod p = period != null ? period : catalogue.get(serviceId).period();
        Integer units = null;
        Boolean onTime = null;
        if (stage.decided() && received != null && ended != null) {
            units = clock.unitsTaken(received, p, ended, pausedMinutes, paused);
            onTime = due == null || !(paused != null ? paused : ended).isAfter(due);
        }
        return new ApplicationProgressed(id, serviceId, department, stage, created, received,
                stage == Stage.OPEN || stage == Stage.DRAFT ? null : ended, due, paused, !p.countsInHours(), units,
                onTime, extended, supplement);
    }

    private static Stage stage(ApplicationStatus status, Instant received) {
        return switch (status) {
            case DRAFT, AWAITING_PREREQUISITE -> Stage.DRAFT;
            case APPROVED -> Stage.APPROVED;
            case REJECTED -> Stage.REJECTED;
            case WITHDRAWN -> Stage.WITHDRAWN;
            default -> received == null ? Stage.DRAFT : Stage.OPEN;
        };
    }
}
