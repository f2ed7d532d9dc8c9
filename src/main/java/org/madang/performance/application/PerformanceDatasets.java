package org.madang.performance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.disclosure.application.CatalogueContribution;
import org.madang.performance.infrastructure.IndicatorRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly service indicators as open datasets: one per month from the first counted one to this
 * month (at most ten years), each a CSV of the dashboard's table and its JSON twin, computed live
 * from the monthly aggregate when downloaded. A past month is issued and last modified when it ends
 * (a rebuild recounts the same records); this month is issued on its first day and modified now.
 */
@ApplicationScoped
public class PerformanceDatasets implements CatalogueContribution {
    static final int MAX_MONTHS = IndicatorFilter.MAX_MONTHS;

    @Inject
    IndicatorRepository repository;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    @Override
    public List<ExternalDataset> datasets() {
        YearMonth now = YearMonth.now(clock.withZone(zone));
        YearMonth first = repository.firstMonth().filter(m -> !m.isAfter(now)).orElse(null);
        if (first == null) {
            return List.of();
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(now)) {
            first = now.minusMonths(MAX_MONTHS - 1);
        }
        List<ExternalDataset> out = new ArrayList<>();
        for (YearMonth m = now; !m.isBefore(first); m = m.minusMonths(1)) {
            out.add(month(m, now));
        }
        return out;
    }

    private ExternalDataset month(YearMonth m, YearMonth now) {
        String range = "from=" + m + "&to=" + m;
        Instant issued = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant modified = m.equals(now) ? Instant.now(clock) : issued;
        return new ExternalDataset("performance-" + m, "민원 서비스 성과 지표 " + m, "Civil-service performance indicators " + m,
                m + " 한 달의 서비스·부서별 접수, 처리, 법정 기간 내 처리율, 처리 기간(중앙값·90번째 백분위), 보완·반려율, "
                        + "완료율, 만족도. 포털의 처리 기록에서 계산합니다.",
                "Received, decided, on-time rate against the legal period, processing time (median and 90th "
                        + "percentile), supplement and rejection rates, completion and satisfaction per service and "
                        + "department in " + m + ", computed from the portal's case records.",
                List.of("성과지표", "민원", "처리기간", "만족도"), "마당 포털", "Madang portal",
                m.equals(now) ? m.atDay(1).atStartOfDay(zone).toInstant() : issued, modified, "/performance/?from=" + m + "&to=" + m,
                List.of(new Distribution("/performance/indicators.csv?" + range, "CSV", "text/csv"),
                        new Distribution("/performance/indicators?" + range, "JSON", "application/json")));
    }
}
