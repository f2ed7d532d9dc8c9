package org.madang.performance.portfolio.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.portfolio.application.TaskPortfolio;
import org.madang.performance.portfolio.application.TaskViews.Portfolio;
import org.madang.performance.portfolio.domain.TaskType;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.util.List;

/** /performance/tasks/: the public portfolio, filtered by type with a GET form. */
@Named
@RequestScoped
public class TaskListView {
    @Inject
    TaskPortfolio portfolio;

    private String type;
    private Portfolio data;

    public void load() throws IOException {
        try {
            data = portfolio.portfolio(portfolio.type(type));
        } catch (NotFound unknown) {
            Redirects.notFound();
        }
    }

    public List<TaskType> getTypes() {
        return List.of(TaskType.values());
    }

    public Portfolio getData() { return data; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
}
