package org.madang.forum.petition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An agency's own answer threshold and deadline for petitions (others use the configured defaults). */
@Entity
@Table(name = "petition_agency_rule")
public class AgencyRule {
    @Id
    @Column(name = "agency_code", length = 20)
    private String agencyCode;
    @Column(name = "answer_threshold", nullable = false)
    private int answerThreshold;
    @Column(name = "answer_days", nullable = false)
    private int answerDays;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AgencyRule() {
    }

    public AgencyRule(String agencyCode, AnswerRule rule, Instant now) {
        this.agencyCode = agencyCode;
        change(rule, now);
    }

    public void change(AnswerRule rule, Instant now) {
        this.answerThreshold = rule.threshold();
        this.answerDays = rule.days();
        this.updatedAt = now;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public AnswerRule rule() {
        return new AnswerRule(answerThreshold, answerDays);
    }
}
