package org.madang.disclosure.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.PublicRequestLog;
import org.madang.disclosure.request.application.PublicViews.AgencyOption;
import org.madang.disclosure.request.application.PublicViews.LogPage;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.RequestStatus;

import java.util.ArrayList;
import java.util.List;

/** /open/requests/: the public log of disclosure requests, newest first, filtered by a GET form. */
@Named
@RequestScoped
public class OpenRequestsView {
    static final int PAGE = 20;

    @Inject
    PublicRequestLog log;

    private String agency;
    private String status;
    private String decision;
    private String q;
    private String cursor;
    private LogPage page = new LogPage(List.of(), null, null);
    private List<AgencyOption> agencies = List.of();

    public void load() {
        agencies = log.agencies();
        page = log.page(new PublicRequestLog.Filter(agency, status, decision, q, cursor, PAGE));
    }

    /** The status filter's choices: every status and "overdue". */
    public List<String> getStatuses() {
        List<String> out = new ArrayList<>();
        for (RequestStatus s : RequestStatus.values()) {
            out.add(s.name());
        }
        out.add(PublicRequestLog.OVERDUE);
        return out;
    }

    public List<AgencyOption> getAgencies() {
        return agencies;
    }

    public DecisionKind[] getDecisions() {
        return DecisionKind.values();
    }

    /** The address of this list with the same filters at another cursor. */
    public String link(String at) {
        StringBuilder b = new StringBuilder("?");
        append(b, "agency", agency);
        append(b, "status", status);
        append(b, "decision", decision);
        append(b, "q", q);
        append(b, "cursor", at);
        return b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            if (b.length() > 1) {
                b.append('&');
            }
            b.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public LogPage getPage() { return page; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getCursor() { return cursor; }
    public void setCursor(String cursor) { this.cursor = cursor; }
}
