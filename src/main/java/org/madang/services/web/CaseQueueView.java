package org.madang.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.services.application.ApplicationViews.CaseQueue;
import org.madang.services.application.ApplicationViews.CaseSummary;
import org.madang.services.application.CaseHandling;
import org.madang.services.application.CaseQueueFilter;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.ApplicationStatus;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The department queue (/office/): open cases by due date. The filters are GET parameters, so a
 * filtered queue is a link an officer can keep or share; claiming posts and then opens the case.
 */
@Named
@ViewScoped
public class CaseQueueView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseHandling cases;

    private String status;
    private Long service;
    private boolean overdue;
    private boolean mine;
    private List<CaseSummary> queue = List.of();
    private boolean cut;
    private int limit;
    private List<ServiceView> services = List.of();

    public void load() {
        ApplicationStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = ApplicationStatus.valueOf(status);
            } catch (IllegalArgumentException ignored) {
                status = null; // an edited address: show the open cases
            }
        }
        CaseQueue page = cases.queuePage(new CaseQueueFilter(s, service, overdue, mine));
        queue = page.cases();
        cut = page.cut();
        limit = page.limit();
        services = cases.departmentServices();
    }

    public void claim(String number) throws IOException {
        cases.claim(number);
        ApplicationPages.redirect(CaseView.PAGE, number, "services.case.claimed");
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.TRANSFERRED, ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.AWAITING_SUPPLEMENT, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
                ApplicationStatus.WITHDRAWN);
    }

    public List<CaseSummary> getQueue() {
        return queue;
    }

    /** More cases match than the queue shows: the page says so, and that a filter narrows it. */
    public boolean isCut() {
        return cut;
    }

    public int getLimit() {
        return limit;
    }

    public List<ServiceView> getServices() {
        return services;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getService() {
        return service;
    }

    public void setService(Long service) {
        this.service = service;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
