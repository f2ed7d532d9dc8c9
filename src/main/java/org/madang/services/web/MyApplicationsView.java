package org.madang.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.services.application.ApplicationViews.ApplicationSummary;
import org.madang.services.application.Applying;

import java.io.Serializable;
import java.util.List;

/** "My applications": the caller's applications and where each stands. */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Applying applying;

    private List<ApplicationSummary> applications = List.of();

    public void load() {
        applications = applying.myApplications();
    }

    public List<ApplicationSummary> getApplications() {
        return applications;
    }
}
