package org.madang.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.AccessQuestions;
import org.madang.privacy.application.CorrectionRequests;
import org.madang.privacy.application.PrivacyViews;

import java.util.List;

/**
 * /office/privacy/: the privacy officer's desk. The questions their agency must answer, overdue
 * and soonest due first (administrators, who decide corrections only, see the link to those).
 */
@Named
@RequestScoped
public class OfficeQuestionsView {
    @Inject
    AccessQuestions questions;
    @Inject
    CorrectionRequests corrections;
    @Inject
    CurrentUser currentUser;

    private List<PrivacyViews.QuestionSummary> list = List.of();
    private String agency;
    private boolean decidesCorrections;

    public void load() {
        if (currentUser.hasRole(Roles.PRIVACY_OFFICER)) {
            list = questions.forMyAgency();
            agency = questions.myAgency();
        }
        decidesCorrections = corrections.mayDecide();
    }

    public long getOverdueCount() {
        return list.stream().filter(PrivacyViews.QuestionSummary::overdue).count();
    }

    public List<PrivacyViews.QuestionSummary> getList() {
        return list;
    }

    public String getAgency() {
        return agency;
    }

    public boolean isPrivacyOfficer() {
        return currentUser.hasRole(Roles.PRIVACY_OFFICER);
    }

    public boolean isDecidesCorrections() {
        return decidesCorrections;
    }
}
