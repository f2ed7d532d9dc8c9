package org.madang.identity.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.MandateAdministration;
import org.madang.identity.application.Views;
import org.madang.identity.domain.Mandate;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Mandate requests to decide, and mandates to revoke. */
@Named
@ViewScoped
public class AdminMandatesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MandateAdministration admin;

    private String status = Mandate.Status.REQUESTED.name();
    private List<Views.MandateView> mandates;
    private String note;

    public void load() {
        Mandate.Status s = null;
        for (Mandate.Status candidate : Mandate.Status.values()) {
            if (candidate.name().equals(status)) {
                s = candidate;
            }
        }
        mandates = admin.list(s);
    }

    public void approve(long mandateId) throws IOException {
        admin.approve(mandateId);
        Redirects.to("/admin/mandates.xhtml", "admin.mandate.approved");
    }

    public void reject(long mandateId) throws IOException {
        admin.reject(mandateId, note);
        Redirects.to("/admin/mandates.xhtml", "admin.mandate.rejected");
    }

    public void revoke(long mandateId) throws IOException {
        admin.revoke(mandateId, note);
        Redirects.to("/admin/mandates.xhtml?status=APPROVED", "admin.mandate.revoked");
    }

    public Mandate.Status[] getStatuses() {
        return Mandate.Status.values();
    }

    public List<Views.MandateView> getMandates() {
        return mandates;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String v) {
        status = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String v) {
        note = v;
    }
}
