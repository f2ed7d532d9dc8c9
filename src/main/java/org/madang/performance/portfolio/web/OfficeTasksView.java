package org.madang.performance.portfolio.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.portfolio.application.TaskProposals;
import org.madang.performance.portfolio.application.TaskViews.OfficeRow;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.util.List;

/** /office/performance/tasks/: a supervisor's agency's tasks; for the committee, what awaits approval and every task. */
@Named
@RequestScoped
public class OfficeTasksView {
    @Inject
    TaskProposals proposals;
    @Inject
    CurrentUser user;

    private List<OfficeRow> mine = List.of();
    private List<OfficeRow> pending = List.of();
    private List<OfficeRow> all = List.of();

    public void load() {
        if (user.hasRole(Roles.SUPERVISOR)) {
            mine = proposals.mine();
        }
        if (user.hasRole(Roles.ADMIN)) {
            pending = proposals.pending();
            all = proposals.all();
        }
    }

    public boolean isSupervisor() { return user.hasRole(Roles.SUPERVISOR); }
    public boolean isCommittee() { return user.hasRole(Roles.ADMIN); }
    public List<OfficeRow> getMine() { return mine; }
    public List<OfficeRow> getPending() { return pending; }
    public List<OfficeRow> getAll() { return all; }
}
