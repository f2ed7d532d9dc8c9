package org.madang.performance.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.disclosure.request.application.PublicRequestLog;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.performance.application.DashboardViews.Choice;
import org.madang.performance.application.DashboardViews.Choices;
import org.madang.performance.application.DashboardViews.Dashboard;
import org.madang.performance.application.DashboardViews.DisclosureRow;
import org.madang.performance.application.DashboardViews.MonthRow;
import org.madang.performance.application.DashboardViews.ServiceRow;
import org.madang.performance.domain.Indicators;
import org.madang.performance.domain.MonthlyCounts;
import org.madang.performance.infrastructure.IndicatorRepository;
import org.madang.platform.error.NotFound;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public indicators: read from the monthly aggregate (a few hundred rows at most), never from
 * the applications themselves; backlog and overdue from the kept open-case counts (exact now: the
 * cases that fell due since the last sweep are added).
 */
@Stateless
@PermitAll
public class PerformanceIndicators {
    @Inject
    IndicatorRepository repository;
    @Inject
    Catalogue catalogue;
    @Inject
    OrganisationDirectory directory;
    @Inject
    PublicRequestLog disclosure;
    @Inject
    org.madang.performance.infrastructure.SurveyRepository surveys;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /** The filter from request parameters, the current month in the portal's zone as the default end. */
    public IndicatorFilter filter(String agency, String department, String service, String from, String to) {
        return IndicatorFilter.parse(agency, department, service, from, to, YearMonth.now(clock.withZone(zone)));
    }

    public Dashboard dashboard(IndicatorFilter f) {
        Map<Long, DepartmentView> departments = directory.departments().stream()
                .collect(Collectors.toMap(DepartmentView::id, d -> d));
        Set<Long> scope = scope(f, departments);
        Long serviceId = f.service() == null ? null : catalogue.findByCode(f.service())
                .orElseThrow(() -> new NotFound("performance.filter.unknownService").onField("service")).id();

        Map<List<Long>, MonthlyCounts> sums = new HashMap<>();
        for (Object[] r : repository.sums(f.from(), f.to(), serviceId, scope)) {
            sums.put(List.of(n(r[0]), n(r[1])), counts(r, 2));
        }
        for (Object[] r : repository.times(f.from(), f.to(), serviceId, scope)) {
            sums.computeIfAbsent(List.of(n(r[0]), n(r[1])), k -> new MonthlyCounts())
                    .time((Boolean) r[2], (int) n(r[3]), n(r[4]));
        }
        Map<List<Long>, long[]> open = new HashMap<>();
        for (Object[] r : repository.backlog(Instant.now(clock), serviceId, scope)) {
            open.put(List.of(n(r[0]), n(r[1])), new long[]{n(r[2]), r[3] == null ? 0 : n(r[3])});
            sums.computeIfAbsent(List.of(n(r[0]), n(r[1])), k -> new MonthlyCounts());
        }

        MonthlyCounts all = new MonthlyCounts();
        long backlog = 0;
        long overdue = 0;
        List<ServiceRow> rows = new java.util.ArrayList<>();
        for (Map.Entry<List<Long>, MonthlyCounts> e : sums.entrySet()) {
            long[] o = open.getOrDefault(e.getKey(), new long[2]);
            all.add(e.getValue(), 1);
            backlog += o[0];
            overdue += o[1];
            rows.add(row(e.getKey().get(0), e.getKey().get(1), departments, Indicators.of(e.getValue(), o[0], o[1])));
        }
        rows.sort(Comparator.comparing(ServiceRow::agencyCode).thenComparing(ServiceRow::departmentId)
                .thenComparing(ServiceRow::serviceCode));

        List<MonthRow> trend = repository.trend(f.from(), f.to(), serviceId, scope).stream()
                .map(r -> new MonthRow(YearMonth.from(date(r[0])), Indicators.of(counts(r, 1), 0, 0))).toList();
        return new Dashboard(f, rows, Indicators.of(all, backlog, overdue), trend, disclosure(f, departments));
    }

    /**
     * Only the filter's total, without the open backlog: what a task indicator bound to a service or
     * an agency counted in a year.
     */
    public Indicators total(IndicatorFilter f) {
        Map<Long, DepartmentView> departments = directory.departments().stream()
                .collect(Collectors.toMap(DepartmentView::id, d -> d));
        Set<Long> scope = scope(f, departments);
        Long serviceId = f.service() == null ? null : catalogue.findByCode(f.service())
                .orElseThrow(() -> new NotFound("performance.filter.unknownService").onField("service")).id();
        MonthlyCounts all = new MonthlyCounts();
        for (Object[] r : repository.sums(f.from(), f.to(), serviceId, scope)) {
            all.add(counts(r, 2), 1);
        }
        for (Object[] r : repository.times(f.from(), f.to(), serviceId, scope)) {
            all.time((Boolean) r[2], (int) n(r[3]), n(r[4]));
        }
        return Indicators.of(all, 0, 0);
    }

    public Choices choices() {
        List<Choice> agencies = directory.agencies().stream()
                .map(a -> new Choice(a.code(), a.nameKo(), a.nameEn())).toList();
        List<Choice> departments = directory.departments().stream()
                .map(d -> new Choice(Long.toString(d.id()), d.agencyNameKo() + " · " + d.nameKo(),
                        d.agencyNameEn() + " · " + d.nameEn())).toList();
        List<Choice> services = catalogue.all().stream().sorted(Comparator.comparing(ServiceView::nameKo))
                .map(s -> new Choice(s.code(), s.nameKo(), s.nameEn())).toList();
        return new Choices(agencies, departments, services);
    }

    /** The departments the filter covers (null: all); an unknown agency or department is not found. */
    private static Set<Long> scope(IndicatorFilter f, Map<Long, DepartmentView> departments) {
        if (f.department() != null) {
            DepartmentView d = departments.get(f.department());
            if (d == null || (f.agency() != null && !d.agencyCode().equals(f.agency()))) {
                throw new NotFound("performance.filter.unknownDepartment").onField("department");
            }
            return Set.of(d.id());
        }
        if (f.agency() == null) {
            return null;
        }
        Set<Long> ids = departments.values().stream().filter(d -> d.agencyCode().equals(f.agency()))
                .map(DepartmentView::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            throw new NotFound("performance.filter.unknownAgency").onField("agency");
        }
        return ids;
    }

    private ServiceRow row(long serviceId, long departmentId, Map<Long, DepartmentView> departments, Indicators i) {
        ServiceView s = catalogue.find(serviceId).orElse(null);
        DepartmentView d = departments.get(departmentId);
        return new ServiceRow(serviceId, s == null ? "" : s.code(), s == null ? "" : s.nameKo(),
                s == null ? "" : s.nameEn(), departmentId, d == null ? "" : d.nameKo(), d == null ? "" : d.nameEn(),
                d == null ? "" : d.agencyCode(), d == null ? "" : d.agencyNameKo(), d == null ? "" : d.agencyNameEn(), i);
    }

    /** Disclosure decisions on time per agency; the disclosure context counts them (all time, now). */
    private List<DisclosureRow> disclosure(IndicatorFilter f, Map<Long, DepartmentView> departments) {
        String agency = f.agency() != null ? f.agency()
                : f.department() != null ? departments.get(f.department()).agencyCode() : null;
        Map<String, long[]> satisfaction = new HashMap<>();
        for (Object[] r : surveys.disclosureSatisfaction()) {
            DepartmentView d = departments.get(n(r[0]));
            if (d != null) {
                long[] a = satisfaction.computeIfAbsent(d.agencyCode(), k -> new long[2]);
                a[0] += n(r[1]);
                a[1] += n(r[2]);
            }
        }
        return disclosure.statistics(PublicRequestLog.Column.AGENCY, false).stream()
                .filter(s -> agency == null || agency.equals(s.agencyCode()))
                .map(s -> {
                    long[] a = satisfaction.getOrDefault(s.agencyCode(), new long[2]);
                    return new DisclosureRow(s.agencyCode(), s.agencyKo(), s.agencyEn(), s.requests(), s.decidedOnTime(),
                            s.decidedLate(), s.overdueNow(), Indicators.percent(s.decidedOnTime(),
                            s.decidedOnTime() + s.decidedLate()), a[0], Indicators.average(a[1], a[0]));
                }).toList();
    }

    private static MonthlyCounts counts(Object[] r, int at) {
        MonthlyCounts c = new MonthlyCounts();
        c.started = n(r[at]);
        c.submitted = n(r[at + 1]);
        c.received = n(r[at + 2]);
        c.approved = n(r[at + 3]);
        c.rejected = n(r[at + 4]);
        c.withdrawn = n(r[at + 5]);
        c.onTime = n(r[at + 6]);
        c.extended = n(r[at + 7]);
        c.supplemented = n(r[at + 8]);
        c.surveyed = n(r[at + 9]);
        c.overallSum = n(r[at + 10]);
        c.easeSum = n(r[at + 11]);
        c.speedSum = n(r[at + 12]);
        return c;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
