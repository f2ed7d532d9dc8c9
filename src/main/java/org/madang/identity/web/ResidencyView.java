package org.madang.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.ResidentVerification;
import org.madang.platform.faces.Messages;

import java.io.IOException;

/** Resident verification: the number is used for one comparison and then forgotten. */
@Named
@RequestScoped
public class ResidencyView {
    @Inject
    ResidentVerification verification;
    @Inject
    FacesContext faces;

    private String residentNumber;

    public void verify() throws IOException {
        try {
            verification.verify(residentNumber);
        } finally {
            residentNumber = null;
        }
        Messages.flash("account.verify.done");
        ExternalContext ec = faces.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/my/");
    }

    public String getResidentNumber() {
        return residentNumber;
    }

    public void setResidentNumber(String v) {
        residentNumber = v;
    }
}
