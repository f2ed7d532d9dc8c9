package org.madang.performance.portfolio.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.portfolio.application.TaskProposals;
import org.madang.performance.portfolio.application.TaskViews.PlanView;
import org.madang.performance.portfolio.application.TaskViews.TaskPage;
import org.madang.performance.portfolio.domain.PlanStatus;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** /office/performance/tasks/review.xhtml?id=…: the committee reads the version awaiting approval and approves or rejects it. */
@Named
@ViewScoped
public class TaskReviewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskProposals proposals;

    private Long id;
    private TaskPage task;
    private String rejectionReason;

    public void load() throws IOException {
        try {
            task = id == null ? null : proposals.review(id);
        } catch (NotFound unknown) {
            task = null;
        }
        if (task == null) {
            Redirects.notFound();
        }
    }

    public void approve() throws IOException {
        proposals.approve(id);
        Redirects.to("/office/performance/tasks/review.xhtml?id=" + id, "performance.task.approved");
    }

    public void reject() throws IOException {
        proposals.reject(id, rejectionReason);
        Redirects.to("/office/performance/tasks/review.xhtml?id=" + id, "performance.task.rejected");
    }

    /** The latest version when the committee refused it, or null. */
    public PlanView getLastRejected() {
        if (task == null || task.versions().isEmpty()) {
            return null;
        }
        PlanView last = task.versions().get(task.versions().size() - 1);
        return last.status() == PlanStatus.REJECTED ? last : null;
    }

    public String getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(String rejectionReason) { this.rejectionReason = rejectionReason; }

    /** The version awaiting approval, or null. */
    public PlanView getPending() {
        return task == null || !task.awaitingApproval() ? null : task.versions().get(task.versions().size() - 1);
    }

    public TaskPage getTask() { return task; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
