package org.madang.performance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.performance.domain.CaseFacts;
import org.madang.performance.domain.Contribution;
import org.madang.performance.domain.CountedCase;
import org.madang.performance.domain.OpenNow;
import org.madang.performance.domain.Stage;
import org.madang.performance.infrastructure.IndicatorRepository;
import org.madang.services.application.ApplicationProgressed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Keeps the monthly aggregate in step with the work: every change of an application is observed
 * in its own transaction, its old contribution taken away and the new one added. Should this fail,
 * the change fails with it, so the figures never drift from the records.
 */
@ApplicationScoped
public class IndicatorRecorder {
    @Inject
    IndicatorRepository repository;
    @Inject
    ZoneId zone;
    @Inject
    Clock clock;

    void progressed(@Observes ApplicationProgressed p) {
        CaseFacts now = facts(p);
        Optional<CountedCase> counted = repository.lock(p.applicationId());
        Instant at = clock.instant();
        repository.apply(Contribution.change(counted.map(CountedCase::facts).orElse(null), now, zone));
        repository.applyOpen(OpenNow.change(counted.map(CountedCase::openNow).orElse(OpenNow.NONE), OpenNow.of(now, at)));
        if (counted.isPresent()) {
            counted.get().update(now, at);
        } else {
            repository.add(new CountedCase(now, at));
        }
    }

    public static CaseFacts facts(ApplicationProgressed p) {
        return new CaseFacts(p.applicationId(), p.serviceId(), p.departmentId(), Stage.valueOf(p.stage().name()),
                p.startedAt(), p.receivedAt(), p.endedAt(), p.dueAt(), p.pausedAt(), p.countsInDays(), p.unitsTaken(),
                p.onTime(), p.extended(), p.supplementRequested());
    }
}
