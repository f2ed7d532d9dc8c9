package org.madang.privacy.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.Consents;
import org.madang.privacy.application.PrivacyViews;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /my/privacy/consents.xhtml: every consent I gave, and withdrawal where the law allows it. */
@Named
@ViewScoped
public class MyConsentsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Consents consents;

    private List<PrivacyViews.ConsentView> mine;

    public void load() {
        mine = consents.mine();
    }

    public void withdraw(long id) throws IOException {
        consents.withdraw(id);
        Redirects.to("/my/privacy/consents.xhtml", "consent.withdrawn");
    }

    public List<PrivacyViews.ConsentView> getMine() {
        return mine;
    }
}
