package org.madang.performance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.security.Roles;
import org.madang.services.application.ApplicationViews.CaseQueue;
import org.madang.services.application.ApplicationViews.CaseSummary;
import org.madang.services.application.CaseHandling;
import org.madang.services.application.CaseQueueFilter;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A supervisor's view of their department's queue now: how healthy it is, who holds how much, and
 * which cases are late or nearly so (each a link to the case page, where the supervisor reassigns).
 * Read from the department's queue itself (the same cases the officers see), naming no applicant.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class SupervisorOverview {
    /** "Nearly due": within a day of the due date. */
    static final Duration SOON = Duration.ofHours(24);

    @Inject
    CaseHandling cases;
    @Inject
    Clock clock;

    public record Health(int open, int unassigned, int paused, int overdue, int dueSoon, boolean cut, int shown)
            implements Serializable {
    }

    /** One officer's load (officerId null: waiting for someone to take it). */
    public record Load(Long officerId, String officerName, int open, int overdue, int dueSoon) implements Serializable {
    }

    public record AtRisk(String number, String serviceKo, String serviceEn, String officerName, Instant dueAt,
                         boolean overdue, boolean paused) implements Serializable {
        public String service(String lang) {
            return "en".equals(lang) ? serviceEn : serviceKo;
        }
    }

    public record Overview(Health health, List<Load> workload, List<AtRisk> atRisk) implements Serializable {
    }

    public Overview overview() {
        CaseQueue q = cases.queuePage(CaseQueueFilter.open());
        Instant now = Instant.now(clock);
        Map<Long, int[]> load = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        List<AtRisk> risk = new ArrayList<>();
        int unassigned = 0, paused = 0, overdue = 0, soon = 0;
        for (CaseSummary c : q.cases()) {
            boolean dueSoon = !c.overdue() && !c.paused() && c.dueAt() != null && c.dueAt().isBefore(now.plus(SOON));
            unassigned += c.assigneeId() == null ? 1 : 0;
            paused += c.paused() ? 1 : 0;
            overdue += c.overdue() ? 1 : 0;
            soon += dueSoon ? 1 : 0;
            int[] l = load.computeIfAbsent(c.assigneeId() == null ? -1L : c.assigneeId(), k -> new int[3]);
            l[0]++;
            l[1] += c.overdue() ? 1 : 0;
            l[2] += dueSoon ? 1 : 0;
            if (c.assigneeId() != null) {
                names.put(c.assigneeId(), c.assigneeName());
            }
            if (c.overdue() || dueSoon) {
                risk.add(new AtRisk(c.number(), c.serviceNameKo(), c.serviceNameEn(), c.assigneeName(), c.dueAt(),
                        c.overdue(), c.paused()));
            }
        }
        for (var colleague : cases.colleagues()) {
            if (!load.containsKey(colleague.id())) {
                load.put(colleague.id(), new int[3]);
                names.put(colleague.id(), colleague.name());
            }
        }
        List<Load> workload = load.entrySet().stream()
                .map(e -> e.getKey() == -1L ? new Load(null, null, e.getValue()[0], e.getValue()[1], e.getValue()[2])
                        : new Load(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt(Load::open).reversed()).toList();
        risk.sort(Comparator.comparing(AtRisk::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        Health h = new Health(q.cases().size(), unassigned, paused, overdue, soon, q.cut(), q.cases().size());
        return new Overview(h, workload, risk);
    }
}
