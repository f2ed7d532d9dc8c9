package org.madang.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.CorrectionRequests;
import org.madang.privacy.application.PrivacyViews;

import java.util.List;

/** /office/privacy/requests.xhtml: correction requests to decide, open and soonest due first. */
@Named
@RequestScoped
public class OfficeRequestsView {
    @Inject
    CorrectionRequests corrections;

    private List<PrivacyViews.RequestSummary> list;

    public void load() {
        list = corrections.toDecide();
    }

    public long getOverdueCount() {
        return list.stream().filter(PrivacyViews.RequestSummary::overdue).count();
    }

    public List<PrivacyViews.RequestSummary> getList() {
        return list;
    }
}
