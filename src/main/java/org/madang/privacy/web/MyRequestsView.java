package org.madang.privacy.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.CorrectionRequests;
import org.madang.privacy.application.PrivacyViews;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /my/privacy/requests.xhtml: ask for a correction; see my correction and deletion requests. */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The fields a person may ask to correct, in the order the form offers them. */
    private static final List<String> FIELDS = List.of("name", "birthDate", "region", "email", "other");

    @Inject
    CorrectionRequests corrections;

    private List<PrivacyViews.RequestView> mine;
    private String field;
    private String change;

    public void load() {
        mine = corrections.mine();
    }

    public void request() throws IOException {
        long id = corrections.request(field, change);
        Redirects.to("/my/privacy/requests.xhtml", "privacy.correction.sent", id);
    }

    public List<String> getFields() {
        return FIELDS;
    }

    public List<PrivacyViews.RequestView> getMine() {
        return mine;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }
}
