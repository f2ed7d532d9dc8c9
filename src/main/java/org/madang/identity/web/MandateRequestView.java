package org.madang.identity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.Views;
import org.madang.platform.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Asking to act for a business, and the caller's mandates. */
@Named
@ViewScoped
public class MandateRequestView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountSelfService self;
    @Inject
    FacesContext faces;

    private String registrationNumber;
    private String businessName;
    private String address;
    private List<Views.MandateView> mandates;

    public void load() {
        mandates = self.myMandates();
    }

    public void request() throws IOException {
        self.requestMandate(registrationNumber, businessName, address);
        Messages.flash("account.mandate.requested");
        ExternalContext ec = faces.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/my/business.xhtml");
    }

    public List<Views.MandateView> getMandates() {
        return mandates;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String v) {
        registrationNumber = v;
    }

    public String getBusinessName() {
        return businessName;
    }

    public void setBusinessName(String v) {
        businessName = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }
}
