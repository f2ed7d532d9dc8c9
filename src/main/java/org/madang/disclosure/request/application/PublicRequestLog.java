package org.madang.disclosure.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.disclosure.request.application.PublicViews.AgencyStatistics;
import org.madang.disclosure.request.application.PublicViews.LogPage;
import org.madang.disclosure.request.application.PublicViews.PublicRequest;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.RequestStatus;
import org.madang.disclosure.request.infrastructure.DisclosureRequestRepository;
import org.madang.disclosure.request.domain.RequestShare;
import org.madang.disclosure.request.infrastructure.RequestStatisticsRepository;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.web.Cursor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public request log (/open/requests/, GET /api/open/requests) and the statistics per agency:
 * anonymous reading, no requester's identity anywhere (see {@link PublicViews}).
 */
@Stateless
@PermitAll
public class PublicRequestLog {
    public static final int MAX_PAGE = 100;
    public static final int MAX_WORDS = 200;
    /** "OVERDUE" filters undecided requests past their overdue day. */
    public static final String OVERDUE = "OVERDUE";

    @Inject
    DisclosureRequestRepository requests;
    @Inject
    RequestPlaces places;
    @Inject
    RequestStatisticsRepository statistics;

    /** What a reader may filter by, as typed in the address (each refused with its field when malformed). */
    public record Filter(String agency, String status, String decision, String q, String cursor, int size) {
    }

    public LogPage page(Filter f) {
        Map<Long, DepartmentView> all = places.all();
        List<Long> departments = null;
        if (f.agency() != null && !f.agency().isBlank()) {
            departments = all.values().stream().filter(d -> d.agencyCode().equals(f.agency().strip()))
                    .map(DepartmentView::id).toList();
            if (departments.isEmpty()) {
                throw new InvalidInput("disclosure.log.agency.unknown").onField("agency");
            }
        }
        RequestStatus status = null;
        boolean overdue = false;
        if (f.status() != null && !f.status().isBlank()) {
            if (OVERDUE.equals(f.status())) {
                overdue = true;
            } else {
                status = Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(f.status())).findFirst()
                        .orElseThrow(() -> new InvalidInput("disclosure.log.status.unknown").onField("status"));
            }
        }
        DecisionKind decision = null;
        if (f.decision() != null && !f.decision().isBlank()) {
            decision = Arrays.stream(DecisionKind.values()).filter(s -> s.name().equals(f.decision())).findFirst()
                    .orElseThrow(() -> new InvalidInput("disclosure.log.decision.unknown").onField("decision"));
        }
        String words = f.q() == null || f.q().isBlank() ? null : f.q().strip();
        if (words != null && words.length() > MAX_WORDS) {
            throw new InvalidInput("disclosure.log.q.tooLong", MAX_WORDS).onField("q");
        }
        if (f.size() < 1 || f.size() > MAX_PAGE) {
            throw new InvalidInput("disclosure.log.size.range", MAX_PAGE).onField("limit");
        }
        Long before = Cursor.before(f.cursor());
        Long after = before == null ? Cursor.after(f.cursor()) : null;
        // words go to the search index (public fields only), the plain filters to the database
        List<DisclosureRequest> read = new ArrayList<>(words != null
                ? requests.searchPage(departments, status, overdue, decision, words, before, after, f.size() + 1)
                : requests.publicPage(departments, status, overdue, decision, before, after, f.size() + 1));
        boolean more = read.size() > f.size();
        if (more) {
            read = read.subList(0, f.size());
        }
        if (after != null) {
            read = new ArrayList<>(read);
            Collections.reverse(read); // read oldest first: show newest first
        }
        Map<Long, Long> pseudonyms = requests.pseudonyms(read.stream().map(DisclosureRequest::getRequesterId)
                .collect(Collectors.toSet()));
        List<PublicRequest> items = read.stream().map(r -> PublicRequest.of(r,
                RequestViews.Place.of(r.getDepartmentId(), all.get(r.getDepartmentId())),
                pseudonyms.getOrDefault(r.getRequesterId(), 0L), false)).toList();
        String newer = null;
        String older = null;
        if (!read.isEmpty()) {
            long first = read.get(0).getId();
            long last = read.get(read.size() - 1).getId();
            boolean hasNewer = after != null ? more : before != null;
            boolean hasOlder = before != null || after == null ? more : true;
            newer = hasNewer ? Cursor.after(first) : null;
            older = hasOlder ? Cursor.before(last) : null;
        }
        return new LogPage(items, newer, older);
    }

    /** The agencies a reader may filter by (every agency with departments), by code. */
    public List<PublicViews.AgencyOption> agencies() {
        Map<String, PublicViews.AgencyOption> out = new java.util.TreeMap<>();
        places.all().values().forEach(d -> out.putIfAbsent(d.agencyCode(),
                new PublicViews.AgencyOption(d.agencyCode(), d.agencyNameKo(), d.agencyNameEn())));
        return List.copyOf(out.values());
    }

    public PublicRequest request(String number) {
        DisclosureRequest r = requests.find(number).orElseThrow(() -> new NotFound("disclosure.request.notFound"));
        long pseudonym = requests.pseudonyms(Set.of(r.getRequesterId())).getOrDefault(r.getRequesterId(), 0L);
        return PublicRequest.of(r, places.place(r.getDepartmentId()), pseudonym, true);
    }

    /** The columns the league table sorts by. */
    public enum Column {
        AGENCY, REQUESTS, ON_TIME, LATE, OVERDUE, FULL, PARTIAL, NONE, OBJECTIONS_UPHELD
    }

    /**
     * Every agency with requests, from the statistics the commands keep (a few rows, not a count
     * over the requests), sorted by {@code column} (ties by agency code).
     */
    public List<AgencyStatistics> statistics(Column column, boolean descending) {
        Map<Long, DepartmentView> all = places.all();
        Map<String, RequestShare> sums = new LinkedHashMap<>();
        Map<String, DepartmentView> agencies = new LinkedHashMap<>();
        for (RequestStatisticsRepository.Line line : statistics.all()) {
            DepartmentView d = all.get(line.departmentId());
            String code = d == null ? "?" : d.agencyCode();
            if (d != null) {
                agencies.putIfAbsent(code, d);
            }
            sums.merge(code, line.counts(), RequestShare::plus);
        }
        List<AgencyStatistics> rows = sums.entrySet().stream().map(e -> {
            RequestShare s = e.getValue();
            DepartmentView d = agencies.get(e.getKey());
            return new AgencyStatistics(e.getKey(), d == null ? e.getKey() : d.agencyNameKo(),
                    d == null ? e.getKey() : d.agencyNameEn(), s.requests(), s.decidedOnTime(), s.decidedLate(),
                    s.overdueNow(), s.disclosed(), s.partly(), s.refused(), s.notHeld(), s.objections(),
                    s.objectionsUpheld());
        }).collect(Collectors.toCollection(ArrayList::new));
        Comparator<AgencyStatistics> order = comparator(column == null ? Column.REQUESTS : column);
        if (descending) {
            order = order.reversed();
        }
        rows.sort(order.thenComparing(AgencyStatistics::agencyCode));
        return rows;
    }

    private static Comparator<AgencyStatistics> comparator(Column c) {
        return switch (c) {
            case AGENCY -> Comparator.comparing(AgencyStatistics::agencyKo);
            case REQUESTS -> Comparator.comparingLong(AgencyStatistics::requests);
            case ON_TIME -> rate(AgencyStatistics::onTimeRate);
            case LATE -> Comparator.comparingLong(AgencyStatistics::decidedLate);
            case OVERDUE -> Comparator.comparingLong(AgencyStatistics::overdueNow);
            case FULL -> rate(AgencyStatistics::fullRate);
            case PARTIAL -> rate(AgencyStatistics::partialRate);
            case NONE -> rate(AgencyStatistics::noneRate);
            case OBJECTIONS_UPHELD -> Comparator.comparingLong(AgencyStatistics::objectionsUpheld);
        };
    }

    /** A rate that cannot be computed sorts below every number. */
    private static Comparator<AgencyStatistics> rate(java.util.function.Function<AgencyStatistics, java.math.BigDecimal> f) {
        return Comparator.comparing(f, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
