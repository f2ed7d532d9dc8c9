package org.madang.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.services.application.ApplicantChoices;
import org.madang.services.application.ApplicationViews.ApplicationSummary;
import org.madang.services.application.Applying;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.ApplicationStatus;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Before the form: what the service needs, the caller's unfinished drafts for it (so coming back
 * resumes rather than starts over), and the start button: in one's own name or for a business.
 */
@Named
@ViewScoped
public class ApplyStartView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;
    @Inject
    Applying applying;
    @Inject
    ApplicantChoices choices;

    private Long service;
    private ServiceView serviceView;
    private List<ApplicationSummary> drafts = List.of();
    private List<ApplicantChoices.BusinessChoice> businesses = List.of();

    public void load() throws IOException {
        serviceView = service == null ? null : catalogue.find(service).orElse(null);
        if (serviceView == null) {
            Redirects.notFound();
            return;
        }
        drafts = applying.myApplications().stream()
                .filter(a -> a.serviceId() == service && a.status() == ApplicationStatus.DRAFT).toList();
        businesses = choices.businessesICanApplyFor();
    }

    public void start() throws IOException {
        String draft = applying.startDraft(service);
        Redirects.to(ApplyPages.form(draft, 1), null);
    }

    public void startFor(long businessId) throws IOException {
        String draft = applying.startDraftForBusiness(service, businessId);
        Redirects.to(ApplyPages.form(draft, 1), null);
    }

    public String resumeLink(ApplicationSummary draft) {
        return ApplyPages.form(draft.reference(), 1);
    }

    public ServiceView getService() {
        return serviceView;
    }

    public List<ApplicationSummary> getDrafts() {
        return drafts;
    }

    public List<ApplicantChoices.BusinessChoice> getBusinesses() {
        return businesses;
    }

    public Long getServiceId() {
        return service;
    }

    public void setServiceId(Long service) {
        this.service = service;
    }
}
