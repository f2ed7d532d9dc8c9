package org.madang.privacy.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.AccessEmbargoes;
import org.madang.privacy.application.PrivacyViews;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /audit/embargoes.xhtml: hold back access-log entries for an investigation, and lift holds. */
@Named
@ViewScoped
public class EmbargoesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccessEmbargoes embargoes;

    private List<PrivacyViews.EmbargoView> active;
    private int days;
    private Long sequence;
    private String caseReference;
    private String reason;

    public void load() {
        active = embargoes.active();
        days = embargoes.embargoDays();
    }

    public void flag() throws IOException {
        long id = embargoes.flag(sequence == null ? 0 : sequence, caseReference, reason);
        Redirects.to("/audit/embargoes.xhtml", "privacy.embargo.flagged", sequence, id);
    }

    public void lift(long id) throws IOException {
        embargoes.lift(id);
        Redirects.to("/audit/embargoes.xhtml", "privacy.embargo.lifted", id);
    }

    public List<PrivacyViews.EmbargoView> getActive() {
        return active;
    }

    public int getDays() {
        return days;
    }

    public Long getSequence() {
        return sequence;
    }

    public void setSequence(Long sequence) {
        this.sequence = sequence;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
