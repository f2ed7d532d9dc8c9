package org.madang.services.bundle.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Messages;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.PartStatus;

import java.io.IOException;
import java.io.Serializable;

/** One filing: its one status (k of n), due date, and each part's status, department and timeline. */
@Named
@ViewScoped
public class BundleFilingView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient BundleApplying bundles;

    private String number;
    private FilingDetails filing;
    private boolean confirmWithdrawal;

    public void load() throws IOException {
        try {
            filing = bundles.myFiling(number == null ? "" : number);
        } catch (NotFound notMine) {
            Redirects.notFound();
            return;
        }
        if (filing.isDraft()) {
            Redirects.to(BundlePages.form(filing.draftKey()), null);
        }
    }

    /** Withdraws every part not yet decided, after the box is ticked. */
    public void withdraw() throws IOException {
        if (!confirmWithdrawal) {
            Messages.add("confirmBundleWithdrawal", FacesMessage.SEVERITY_ERROR, "bundle.withdraw.confirmRequired");
            return;
        }
        int parts = bundles.withdraw(filing.reference());
        Redirects.to(BundlePages.filing(filing.reference()), "bundle.withdrawn", parts);
    }

    /** The name of the part a waiting part waits for. */
    public String prerequisiteOf(PartStatus p, String lang) {
        return p.requiresPosition() == null ? "" : filing.bundle().part(p.requiresPosition()).serviceName(lang);
    }

    public FilingDetails getFiling() {
        return filing;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isConfirmWithdrawal() {
        return confirmWithdrawal;
    }

    public void setConfirmWithdrawal(boolean confirmWithdrawal) {
        this.confirmWithdrawal = confirmWithdrawal;
    }
}
