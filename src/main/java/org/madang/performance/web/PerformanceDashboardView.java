package org.madang.performance.web;

import org.madang.performance.application.ParticipationIndicators;
import org.madang.performance.application.ParticipationIndicators.ParticipationData;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.application.DashboardViews.Choices;
import org.madang.performance.application.DashboardViews.Dashboard;
import org.madang.performance.application.DashboardViews.ServiceRow;
import org.madang.performance.application.IndicatorTable;
import org.madang.performance.application.KnowledgeIndicators;
import org.madang.performance.application.KnowledgeIndicators.KnowledgeRow;
import org.madang.performance.application.PerformanceIndicators;
import org.madang.platform.faces.LanguageBean;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * /performance/: the public dashboard, a stateless page filtered by a GET form. The table's cells
 * come from {@link IndicatorTable}, the same definition the CSV download writes.
 */
@Named
@RequestScoped
public class PerformanceDashboardView {
    @Inject
    PerformanceIndicators indicators;
    @Inject
    KnowledgeIndicators knowledgeIndicators;
    @Inject
    ParticipationIndicators participationIndicators;
    @Inject
    LanguageBean lang;

    private String agency;
    private String department;
    private String service;
    private String from;
    private String to;
    private Choices choices;
    private Dashboard dashboard;
    private List<String> headers = List.of();
    private List<List<String>> cells = List.of();
    private List<KnowledgeRow> knowledge = List.of();
    private ParticipationData participation;

    public void load() {
        choices = indicators.choices();
        dashboard = indicators.dashboard(indicators.filter(agency, department, service, from, to));
        headers = IndicatorTable.headers(lang.getLocale());
        cells = dashboard.services().stream().map(r -> IndicatorTable.cells(r, lang.getLocale())).toList();
        knowledge = knowledgeIndicators.rows(dashboard);
        participation = participationIndicators.of(dashboard.filter(), lang.getLocale());
    }

    /** The query string of the current filters (for the CSV and API links), starting with '?'. */
    public String getQuery() {
        StringBuilder b = new StringBuilder("?language=").append(lang.getCode());
        append(b, "agency", agency);
        append(b, "department", department);
        append(b, "service", service);
        if (dashboard != null) {
            append(b, "from", dashboard.filter().from().toString());
            append(b, "to", dashboard.filter().to().toString());
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public Choices getChoices() { return choices; }
    public List<KnowledgeRow> getKnowledge() { return knowledge; }
    public ParticipationData getParticipation() { return participation; }
    public Dashboard getDashboard() { return dashboard; }
    public List<ServiceRow> getRows() { return dashboard == null ? List.of() : dashboard.services(); }
    public List<String> getHeaders() { return headers; }
    public List<List<String>> getCells() { return cells; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public String getFrom() { return dashboard == null ? from : dashboard.filter().from().toString(); }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return dashboard == null ? to : dashboard.filter().to().toString(); }
    public void setTo(String to) { this.to = to; }
}
