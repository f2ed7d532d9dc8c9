package org.madang.disclosure.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.madang.platform.error.Conflict;

import java.time.LocalDate;

/** The requester's objection (이의신청) and the agency's decision on it, with its own clock. */
@Embeddable
public class Objection {
    @Column(name = "objection_filed_on")
    private LocalDate filedOn;
    @Column(name = "objection_reason", length = 4000)
    private String reason;
    @Column(name = "objection_due_on")
    private LocalDate dueOn;
    @Column(name = "objection_extended")
    private Boolean extended;
    @Enumerated(EnumType.STRING)
    @Column(name = "objection_outcome", length = 20)
    private ObjectionOutcome outcome;
    @Column(name = "objection_decided_on")
    private LocalDate decidedOn;
    @Column(name = "objection_decision_text", length = 4000)
    private String decisionText;

    protected Objection() {
    }

    static Objection filed(String reason, LocalDate today, DisclosureCalendar calendar) {
        Objection o = new Objection();
        o.filedOn = today;
        o.reason = reason;
        o.dueOn = calendar.objectionDecisionDue(today);
        o.extended = false;
        return o;
    }

    void extend(LocalDate today, DisclosureCalendar calendar) {
        requirePending();
        if (Boolean.TRUE.equals(extended)) {
            throw new Conflict("disclosure.request.objection.alreadyExtended");
        }
        if (today.isAfter(dueOn)) {
            throw new Conflict("disclosure.request.extend.tooLate");
        }
        extended = true;
        dueOn = calendar.objectionExtendedDue(dueOn);
    }

    void decide(ObjectionOutcome how, String text, LocalDate today) {
        requirePending();
        outcome = how;
        decisionText = text;
        decidedOn = today;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new Conflict("disclosure.request.objection.notPending");
        }
    }

    public boolean isPending() {
        return filedOn != null && outcome == null;
    }

    public LocalDate getFiledOn() { return filedOn; }
    public String getReason() { return reason; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isExtended() { return Boolean.TRUE.equals(extended); }
    public ObjectionOutcome getOutcome() { return outcome; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecisionText() { return decisionText; }
}
