package org.madang.disclosure.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.disclosure.request.application.RequestViews.RequestSummary;

import java.io.Serializable;
import java.util.List;

/** /my/requests/: the caller's disclosure requests and where each stands. */
@Named
@ViewScoped
public class MyDisclosureRequestsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestFiling filing;

    private List<RequestSummary> requests = List.of();

    public void load() {
        requests = filing.myRequests();
    }

    public List<RequestSummary> getRequests() {
        return requests;
    }
}
