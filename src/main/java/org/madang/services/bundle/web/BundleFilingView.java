package org.madang.services.bundle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.error.NotFound;
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

    public void load() throws IOException {
        try {
            filing = bundles.myFiling(number == null ? "" : number);
        } catch (NotFound notMine) {
            BundlePages.notFound();
            return;
        }
        if (filing.isDraft()) {
            BundlePages.redirect(BundlePages.form(filing.draftKey()), null);
        }
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
}
