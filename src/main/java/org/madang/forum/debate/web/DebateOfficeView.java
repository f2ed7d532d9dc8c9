package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateAdministration;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateForm;
import org.madang.forum.debate.application.DebateViews.DebateView;
import org.madang.forum.debate.domain.Audience;
import org.madang.forum.petition.application.PetitionAnswering;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/** The agency's debates: open a new one, and write the summary of one that has closed. */
@Named
@ViewScoped
public class DebateOfficeView implements Serializable {
    static final String SELF = "/office/forum/";
    private static final long serialVersionUID = 1L;

    @Inject
    transient DebateAdministration administration;
    @Inject
    transient DebateCatalogue catalogue;
    @Inject
    transient PetitionAnswering answering;

    private List<DebateView> debates = List.of();
    private String title;
    private String background;
    private Audience audience = Audience.SIGNED_IN;
    private String region;
    private Instant opensAt;
    private Instant closesAt;
    private final Map<Long, String> summaries = new HashMap<>();
    private Long documentDebate;
    private String documentNumber;

    public void load() {
        debates = catalogue.ofAgency(answering.myAgency().code());
    }

    public void open() throws IOException {
        long id = administration.open(new DebateForm(title, background, audience, region, opensAt, closesAt));
        org.madang.platform.faces.Redirects.to(DebatePages.DEBATE + id, "debate.opened");
    }

    public void addDocument() throws IOException {
        administration.addDocument(documentDebate, publicationNumber());
        org.madang.platform.faces.Redirects.to(DebatePages.DEBATE + documentDebate, "debate.document.added");
    }

    public void removeDocument() throws IOException {
        administration.removeDocument(documentDebate, publicationNumber());
        org.madang.platform.faces.Redirects.to(SELF, "debate.document.removed");
    }

    /** The publication number as typed: digits only, else the same refusal as an unknown number. */
    private long publicationNumber() {
        String typed = documentNumber == null ? "" : documentNumber.strip();
        if (!typed.matches("[1-9][0-9]{0,17}")) {
            throw new org.madang.platform.error.InvalidInput("debate.document.unknown").onField("document");
        }
        return Long.parseLong(typed);
    }

    public Long getDocumentDebate() {
        return documentDebate;
    }

    public void setDocumentDebate(Long documentDebate) {
        this.documentDebate = documentDebate;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public void summarize(long id) throws IOException {
        administration.summarize(id, summaries.getOrDefault(id, ""));
        org.madang.platform.faces.Redirects.to(DebatePages.DEBATE + id, "debate.summarized");
    }

    public List<DebateView> getDebates() {
        return debates;
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Map<Long, String> getSummaries() {
        return summaries;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(Instant opensAt) {
        this.opensAt = opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(Instant closesAt) {
        this.closesAt = closesAt;
    }
}
