package org.madang.forum.petition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.PetitionAnswering;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.domain.Outcome;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One petition of the officer's agency: the public answer, then the outcome, milestones and done. */
@Named
@ViewScoped
public class AnswerView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String SELF = "/office/petitions/petition.xhtml?id=";

    @Inject
    transient PetitionAnswering answering;

    private Long id;
    private PetitionView petition;
    private String answer;
    private Outcome outcome;
    private String reason;
    private String milestone;

    public void load() throws IOException {
        try {
            petition = id == null ? null : answering.get(id);
        } catch (NotFound e) {
            petition = null;
        }
        if (petition == null) {
            Redirects.notFound();
        }
    }

    public void submitAnswer() throws IOException {
        answering.answer(id, answer == null ? "" : answer);
        Redirects.to(SELF + id, "petition.answered");
    }

    public void submitOutcome() throws IOException {
        if (outcome == null) {
            throw new org.madang.platform.error.InvalidInput("petition.outcome.choose").onField("outcome");
        }
        answering.decide(id, outcome, reason);
        Redirects.to(SELF + id, "petition.decided");
    }

    public void submitMilestone() throws IOException {
        answering.addMilestone(id, milestone == null ? "" : milestone);
        Redirects.to(SELF + id, "petition.milestoneAdded");
    }

    public void markDone() throws IOException {
        answering.markDone(id);
        Redirects.to(SELF + id, "petition.markedDone");
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.ACCEPTED, Outcome.DECLINED);
    }

    public PetitionView getPetition() {
        return petition;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMilestone() {
        return milestone;
    }

    public void setMilestone(String milestone) {
        this.milestone = milestone;
    }
}
