package org.madang.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.Applying;
import org.madang.services.domain.PaymentOrder;

import java.io.IOException;

/**
 * The two pages after submission: how to pay the fee (when there is one) and the confirmation
 * with the receipt number. Read-only, so request-scoped; both read the filed application.
 */
@Named
@RequestScoped
public class ApplyResultView {
    @Inject
    Applying applying;

    private String number;
    private ApplicationDetails application;

    public void load() throws IOException {
        try {
            application = applying.myApplication(number == null ? "" : number);
        } catch (NotFound notMine) {
            Redirects.notFound();
            return;
        }
        if (application.isDraft()) {
            Redirects.to(ApplyPages.check(application.reference()), null);
        }
    }

    public ApplicationDetails getApplication() {
        return application;
    }

    public PaymentOrder getPayment() {
        return application.payment();
    }

    public boolean isIssued() {
        return application.isApproved() && !application.documents().isEmpty();
    }

    public String getDetailLink() {
        return ApplyPages.withNumber(ApplyPages.APPLICATION, application.reference());
    }

    public String getDoneLink() {
        return ApplyPages.withNumber(ApplyPages.DONE, application.reference());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
