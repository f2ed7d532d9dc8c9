package org.madang.voting.web;

import java.io.Serializable;
import java.time.Instant;

/** The input fields of the set-up page's forms, kept apart so the view bean stays about actions. */
public class SetupForms implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private Instant opensAt;
    private Instant closesAt;
    private String questionText;
    private String questionAnswers;
    private Integer questionMin = 1;
    private Integer questionMax = 1;
    private String eligibility = "RESIDENTS";
    private String region;
    private Integer minAge;
    private String voterList;
    private String trusteeEmail;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }

    public String getQuestionAnswers() {
        return questionAnswers;
    }

    public void setQuestionAnswers(String questionAnswers) {
        this.questionAnswers = questionAnswers;
    }

    public Integer getQuestionMin() {
        return questionMin;
    }

    public void setQuestionMin(Integer questionMin) {
        this.questionMin = questionMin;
    }

    public Integer getQuestionMax() {
        return questionMax;
    }

    public void setQuestionMax(Integer questionMax) {
        this.questionMax = questionMax;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public String getVoterList() {
        return voterList;
    }

    public void setVoterList(String voterList) {
        this.voterList = voterList;
    }

    public String getTrusteeEmail() {
        return trusteeEmail;
    }

    public void setTrusteeEmail(String trusteeEmail) {
        this.trusteeEmail = trusteeEmail;
    }
}
