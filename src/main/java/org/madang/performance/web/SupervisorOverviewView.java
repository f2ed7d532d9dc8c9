package org.madang.performance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.application.SupervisorOverview;

/** /office/performance/: the supervisor's department now (a stateless page, read on each load). */
@Named
@RequestScoped
public class SupervisorOverviewView {
    @Inject
    SupervisorOverview overview;

    private SupervisorOverview.Overview data;

    public void load() {
        data = overview.overview();
    }

    public SupervisorOverview.Overview getData() {
        return data;
    }
}
