package org.madang.performance.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.knowledge.application.KnowledgeFigures;
import org.madang.performance.application.DashboardViews.Dashboard;
import org.madang.performance.application.DashboardViews.ServiceRow;
import org.madang.performance.domain.Indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's knowledge-use table: per department, its articles and how its officers used them,
 * beside the cases it decided in the period (the monthly aggregate's count), so the share of
 * decisions taken with an article attached is read from the work itself.
 */
@Stateless
@PermitAll
public class KnowledgeIndicators {
    public record KnowledgeRow(long departmentId, String departmentKo, String departmentEn, String agencyKo,
                               String agencyEn, long articlesInForce, long views, long casesUsed, long decided,
                               long decidedWithArticle, BigDecimal shareOfDecided, long helpful, long notHelpful)
            implements Serializable {
        public String department(String lang) {
            return "en".equals(lang) ? agencyEn + " · " + departmentEn : agencyKo + " · " + departmentKo;
        }
    }

    @Inject
    KnowledgeFigures knowledge;
    @Inject
    OrganisationDirectory directory;
    @Inject
    ZoneId zone;

    /** Rows for the departments the dashboard shows (every department with use when it is not filtered). */
    public List<KnowledgeRow> rows(Dashboard d) {
        IndicatorFilter f = d.filter();
        Map<Long, Long> decided = new HashMap<>();
        for (ServiceRow r : d.services()) {
            decided.merge(r.departmentId(), r.figures().approved() + r.figures().rejected(), Long::sum);
        }
        boolean everyDepartment = f.agency() == null && f.department() == null && f.service() == null;
        Instant from = f.from().atDay(1).atStartOfDay(zone).toInstant();
        Instant to = f.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<Long, DepartmentView> departments = directory.departments().stream()
                .collect(Collectors.toMap(DepartmentView::id, Function.identity()));
        List<KnowledgeRow> rows = new ArrayList<>();
        for (KnowledgeFigures.DepartmentUse u : knowledge.perDepartment(from, to)) {
            DepartmentView dv = departments.get(u.departmentId());
            if (dv == null || !(everyDepartment || decided.containsKey(u.departmentId()))) {
                continue;
            }
            long dec = decided.getOrDefault(u.departmentId(), 0L);
            rows.add(new KnowledgeRow(dv.id(), dv.nameKo(), dv.nameEn(), dv.agencyNameKo(), dv.agencyNameEn(),
                    u.articlesInForce(), u.views(), u.casesUsed(), dec, u.casesDecidedWith(),
                    Indicators.percent(u.casesDecidedWith(), dec), u.helpful(), u.notHelpful()));
        }
        rows.sort(Comparator.comparing(KnowledgeRow::agencyKo).thenComparing(KnowledgeRow::departmentKo));
        return rows;
    }
}
