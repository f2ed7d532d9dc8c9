package org.madang.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.ElectionAdministration;
import org.madang.voting.application.ElectionViews;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * /election-admin/election.xhtml?id=…: one election's set-up, one form per step, each redirecting
 * back here (Post-Redirect-Get); then freeze, and after closing time, close and tally.
 */
@Named
@ViewScoped
public class ElectionSetupView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "/election-admin/election.xhtml";
    /** The 17 regions' enum names, as identity stores them. */
    private static final List<String> REGIONS = List.of("SEOUL", "BUSAN", "DAEGU", "INCHEON", "GWANGJU", "DAEJEON",
            "ULSAN", "SEJONG", "GYEONGGI", "CHUNGBUK", "CHUNGNAM", "JEONNAM", "GYEONGBUK", "GYEONGNAM", "JEJU",
            "GANGWON", "JEONBUK");

    @Inject
    transient ElectionAdministration admin;

    private String id;
    private ElectionViews.Details details;
    private final SetupForms form = new SetupForms();

    public void load() throws IOException {
        try {
            details = admin.details(id == null ? "" : id);
        } catch (NotFound e) {
            Redirects.notFound();
            return;
        }
        form.setName(details.name());
        form.setDescription(details.description());
        form.setOpensAt(details.opensAt());
        form.setClosesAt(details.closesAt());
        form.setEligibility(details.eligibility().name());
        form.setRegion(details.region());
        form.setMinAge(details.minAge());
        form.setVoterList(String.join("\n", details.voterList()));
    }

    public void describe() throws IOException {
        Instant opens = form.getOpensAt();
        Instant closes = form.getClosesAt();
        if (opens == null || closes == null) {
            throw new InvalidInput("voting.election.dateInvalid").onField(opens == null ? "opensAt" : "closesAt");
        }
        admin.describe(id, form.getName(), form.getDescription(), opens, closes);
        done("voting.election.saved");
    }

    public void addQuestion() throws IOException {
        List<String> answers = form.getQuestionAnswers() == null ? List.of()
                : Arrays.asList(form.getQuestionAnswers().split("\\R"));
        admin.addQuestion(id, form.getQuestionText(), answers, orZero(form.getQuestionMin()),
                orZero(form.getQuestionMax()));
        done("voting.question.added");
    }

    public void removeQuestion(int index) throws IOException {
        admin.removeQuestion(id, index);
        done("voting.question.removed");
    }

    public void saveEligibility() throws IOException {
        if ("VOTER_LIST".equals(form.getEligibility())) {
            String list = form.getVoterList() == null ? "" : form.getVoterList();
            admin.useVoterList(id, Arrays.asList(list.split("[\\s,;]+")));
        } else {
            admin.restrictToResidents(id, form.getRegion(), form.getMinAge());
        }
        done("voting.election.saved");
    }

    public void assignTrustee() throws IOException {
        admin.assignTrustee(id, form.getTrusteeEmail());
        done("voting.trustee.assigned");
    }

    public void addPortalTrustee() throws IOException {
        admin.addPortalTrustee(id);
        done("voting.trustee.assigned");
    }

    public void removeTrustee(long trusteeId) throws IOException {
        admin.removeTrustee(id, trusteeId);
        done("voting.trustee.removed");
    }

    public void freeze() throws IOException {
        int voters = admin.freeze(id);
        done("voting.freeze.done", voters);
    }

    public void close() throws IOException {
        admin.close(id);
        done("voting.tally.done");
    }

    private void done(String key, Object... args) throws IOException {
        VotingPages.redirect(PAGE, "id", id, key, args);
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    public List<String> getRegions() {
        return REGIONS;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ElectionViews.Details getDetails() {
        return details;
    }

    public SetupForms getForm() {
        return form;
    }
}
