package org.madang.performance.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.performance.domain.CaseFacts;
import org.madang.performance.domain.Contribution;
import org.madang.performance.domain.CountedCase;
import org.madang.performance.domain.MonthKey;
import org.madang.performance.domain.MonthlyCounts;
import org.madang.performance.domain.Survey;
import org.madang.performance.infrastructure.IndicatorRepository;
import org.madang.performance.infrastructure.SurveyRepository;
import org.madang.services.application.ApplicationFacts;
import org.madang.services.application.ApplicationProgressed;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Builds the monthly aggregate again from every application: the sum of the same contributions the
 * recorder adds one change at a time, so both give the same rows. One transaction: the dashboard
 * sees the old figures until the new ones are complete, and changes of applications meanwhile wait
 * for it. Its own time limit (MADANG_PERFORMANCE_REBUILD_TIMEOUT, seconds), because the server's
 * default of two minutes covers about 400,000 applications on two busy cores; callers must not be
 * in a transaction.
 */
@ApplicationScoped
public class AggregateRebuild {
    private static final Logger LOG = Logger.getLogger(AggregateRebuild.class.getName());
    private static final int PAGE = 1_000;

    @Inject
    IndicatorRepository repository;
    @Inject
    ApplicationFacts applications;
    @Inject
    SurveyRepository surveys;
    @Inject
    ZoneId zone;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_PERFORMANCE_REBUILD_TIMEOUT", defaultValue = "3600")
    int timeoutSeconds;
    @Resource
    UserTransaction tx;

    public record Result(long applications, long millis) {
    }

    public Result rebuild() {
        try {
            tx.setTransactionTimeout(timeoutSeconds);
            tx.begin();
            try {
                Result r = rebuildInTransaction();
                tx.commit();
                return r;
            } finally {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
                tx.setTransactionTimeout(0);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the performance aggregate could not be rebuilt", e);
        }
    }

    private Result rebuildInTransaction() {
        long t0 = System.currentTimeMillis();
        Instant now = clock.instant();
        repository.clear();
        SortedMap<MonthKey, MonthlyCounts> sums = new TreeMap<>();
        long count = 0;
        long after = 0;
        List<ApplicationProgressed> page;
        do {
            page = applications.after(after, PAGE);
            for (ApplicationProgressed p : page) {
                CaseFacts f = IndicatorRecorder.facts(p);
                repository.add(new CountedCase(f, now));
                Contribution.of(f, zone).forEach((k, v) -> sums.computeIfAbsent(k, x -> new MonthlyCounts()).add(v, 1));
                after = p.applicationId();
            }
            count += page.size();
            repository.flushAndClear();
        } while (page.size() == PAGE);
        for (Survey s : surveys.answeredAboutApplications()) {
            sums.computeIfAbsent(new MonthKey(YearMonth.from(s.getAnsweredAt().atZone(zone)), s.getServiceId(),
                    s.getDepartmentId()), x -> new MonthlyCounts()).add(s.contribution(), 1);
        }
        repository.apply(sums);
        repository.recountOpen();
        Result r = new Result(count, System.currentTimeMillis() - t0);
        LOG.info(() -> "performance aggregate rebuilt from " + r.applications() + " applications in " + r.millis() + " ms");
        return r;
    }

    /** Rebuilds when the aggregate does not count every application (first start, or data loaded around it). */
    public void rebuildIfBehind() {
        if (repository.countedCases() != applications.count()) {
            rebuild();
        }
    }
}
