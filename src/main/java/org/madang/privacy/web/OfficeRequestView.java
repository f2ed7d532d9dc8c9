package org.madang.privacy.web;

import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.CorrectionRequests;
import org.madang.privacy.application.PrivacyViews;

import java.io.IOException;
import java.io.Serializable;

/** /office/privacy/request.xhtml?id=N: one correction request and its decision. */
@Named
@ViewScoped
public class OfficeRequestView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CorrectionRequests corrections;

    private long id;
    private PrivacyViews.RequestView request;
    private String note;

    /**
     * Opening the request is logged for the person (purpose: deciding their correction request). An
     * unknown request answers 404, and an officer who may not decide 403, whether the id exists or not.
     */
    public void load() throws IOException {
        try {
            request = corrections.open(id);
        } catch (NotFound unknown) {
            Redirects.notFound();
        } catch (Forbidden notADecider) {
            Redirects.forbidden();
        }
    }

    public void accept() throws IOException {
        corrections.accept(id, note);
        Redirects.to("/office/privacy/requests.xhtml", "privacy.correction.accepted", id);
    }

    public void reject() throws IOException {
        corrections.reject(id, note);
        Redirects.to("/office/privacy/requests.xhtml", "privacy.correction.rejected", id);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public PrivacyViews.RequestView getRequest() {
        return request;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
