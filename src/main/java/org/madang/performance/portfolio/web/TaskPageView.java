package org.madang.performance.portfolio.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.portfolio.application.TaskPortfolio;
import org.madang.performance.portfolio.application.TaskViews.TaskPage;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;

/** /performance/tasks/task.xhtml?id=…: one task with every approved version; a proposal not yet approved is not found. */
@Named
@RequestScoped
public class TaskPageView {
    @Inject
    TaskPortfolio portfolio;

    private Long id;
    private TaskPage task;

    public void load() throws IOException {
        try {
            task = id == null ? null : portfolio.page(id);
        } catch (NotFound unknown) {
            task = null;
        }
        if (task == null) {
            Redirects.notFound();
        }
    }

    public TaskPage getTask() { return task; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
