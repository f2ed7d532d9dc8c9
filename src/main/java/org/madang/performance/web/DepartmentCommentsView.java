package org.madang.performance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.application.Surveys;

import java.util.List;

/** /office/satisfaction.xhtml: what people said at the end of the department's cases. */
@Named
@RequestScoped
public class DepartmentCommentsView {
    @Inject
    Surveys surveys;

    private List<Surveys.Comment> comments = List.of();

    public void load() {
        comments = surveys.departmentComments();
    }

    public List<Surveys.Comment> getComments() {
        return comments;
    }
}
