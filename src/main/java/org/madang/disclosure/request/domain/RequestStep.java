package org.madang.disclosure.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a request's timeline. The notes of the steps the agency takes are the
 * correspondence it sent, shown in the public log; the requester's own words (the request's
 * description aside, clarification answers, the objection's reasons) are not.
 */
@Entity
@Table(name = "disclosure_request_step")
public class RequestStep {
    public enum Kind {
        RECEIVED, CLAIMED, CLARIFICATION_ASKED, CLARIFICATION_ANSWERED, TRANSFERRED, EXTENDED, DECIDED, OVERDUE,
        OBJECTED, OBJECTION_EXTENDED, OBJECTION_DECIDED, THIRD_PARTY_NOTIFIED, THIRD_PARTY_OBJECTED, RELEASED, FEE_PAID;

        /** The agency speaks (its words are public correspondence); otherwise the requester or the portal. */
        public boolean byAgency() {
            return this == CLARIFICATION_ASKED || this == TRANSFERRED || this == EXTENDED || this == DECIDED
                    || this == OBJECTION_EXTENDED || this == OBJECTION_DECIDED || this == THIRD_PARTY_NOTIFIED
                    || this == THIRD_PARTY_OBJECTED || this == RELEASED;
        }

        public String labelKey() {
            return "disclosure.request.step." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;
    @Column(nullable = false)
    private Instant at;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Column(name = "officer_name", length = 100)
    private String officerName;
    @Column(length = 4000)
    private String note;
    /** The due date in force after this step (the request's, or the objection's for objection steps). */
    @Column(name = "due_on")
    private LocalDate dueOn;

    protected RequestStep() {
    }

    RequestStep(Kind kind, Instant at, long departmentId, String officerName, String note, LocalDate dueOn) {
        this.kind = kind;
        this.at = at;
        this.departmentId = departmentId;
        this.officerName = officerName;
        this.note = note;
        this.dueOn = dueOn;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Instant getAt() { return at; }
    public long getDepartmentId() { return departmentId; }
    public String getOfficerName() { return officerName; }
    public String getNote() { return note; }
    public LocalDate getDueOn() { return dueOn; }

    RequestStep due(LocalDate day) {
        this.dueOn = day;
        return this;
    }
}
