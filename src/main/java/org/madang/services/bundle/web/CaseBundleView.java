package org.madang.services.bundle.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.error.BusinessException;
import org.madang.services.bundle.application.BundleCases;
import org.madang.services.bundle.application.BundleViews.CasePart;

import java.io.Serializable;

/** The case page's line naming the one-stop filing a case belongs to, if any. */
@Named
@ViewScoped
public class CaseBundleView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient BundleCases cases;

    private CasePart part;

    public void load() {
        String number = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("number");
        try {
            part = number == null || number.isBlank() ? null : cases.onCase(number).orElse(null);
        } catch (BusinessException notOurs) {
            part = null; // the case page itself answers 403/404
        }
    }

    public CasePart getPart() {
        return part;
    }
}
