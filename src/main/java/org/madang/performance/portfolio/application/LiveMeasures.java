package org.madang.performance.portfolio.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.performance.application.IndicatorFilter;
import org.madang.performance.application.PerformanceIndicators;
import org.madang.performance.domain.Indicators;
import org.madang.performance.portfolio.domain.Measure;
import org.madang.platform.error.NotFound;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.annotation.PostConstruct;
import org.madang.platform.cache.Caches;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A bound indicator's actual for a calendar year, from the monthly aggregate the dashboard reads
 * (never typed in). Null when the portal counted nothing to measure.
 */
@ApplicationScoped
public class LiveMeasures {
    static final Duration KEEP = Duration.ofMinutes(1);

    @Inject
    PerformanceIndicators indicators;
    @Inject
    Clock clock;

    private Cache<List<Object>, Optional<BigDecimal>> cache;

    @PostConstruct
    void init() {
        cache = Caches.builder(() -> clock).expireAfterWrite(KEEP).maximumSize(2_000).build();
    }

    public BigDecimal value(Measure measure, String serviceCode, String agencyCode, int year) {
        return cache.get(java.util.Arrays.asList(measure, serviceCode, agencyCode, year),
                k -> Optional.ofNullable(count(measure, serviceCode, agencyCode, year))).orElse(null);
    }

    private BigDecimal count(Measure measure, String serviceCode, String agencyCode, int year) {
        Indicators i;
        try {
            i = indicators.total(new IndicatorFilter(agencyCode, null, serviceCode, YearMonth.of(year, 1),
                    YearMonth.of(year, 12)));
        } catch (NotFound gone) {
            return null;
        }
        return switch (measure) {
            case ON_TIME_RATE -> i.onTimeRate();
            case COMPLETION_RATE -> i.completionRate();
            case SATISFACTION -> i.overall();
            case RECEIVED -> BigDecimal.valueOf(i.received());
        };
    }
}
