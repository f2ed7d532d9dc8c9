package org.madang.services.bundle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.FilingSummary;
import org.madang.services.bundle.application.BundleViews.RepresentedBusiness;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The one-stop bundles a representative may file, for which business, and their filings so far. */
@Named
@ViewScoped
public class BundlesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient BundleApplying bundles;

    private List<BundleView> offered;
    private List<FilingSummary> filings;
    private List<RepresentedBusiness> businesses;
    private Long business;

    public void load() {
        offered = bundles.offered();
        filings = bundles.myFilings();
        businesses = bundles.myBusinesses();
        if (business == null && !businesses.isEmpty()) {
            business = businesses.get(0).businessId();
        }
    }

    public void start(long bundleId) throws IOException {
        String draft = bundles.start(bundleId, business == null ? -1 : business);
        Redirects.to(BundlePages.form(draft), null);
    }

    public List<BundleView> getOffered() {
        return offered;
    }

    public List<FilingSummary> getFilings() {
        return filings;
    }

    public List<RepresentedBusiness> getBusinesses() {
        return businesses;
    }

    public Long getBusiness() {
        return business;
    }

    public void setBusiness(Long business) {
        this.business = business;
    }
}
