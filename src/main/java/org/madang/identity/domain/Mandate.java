package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;

/**
 * A citizen's authority to act for a business. Requested by the citizen, decided by an ADMIN;
 * only an approved, unrevoked mandate lets its holder act as BUSINESS_REPRESENTATIVE for it.
 */
@Entity
@Table(name = "mandate")
public class Mandate {
    public enum Status { REQUESTED, APPROVED, REJECTED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Two administrators deciding the same mandate at once: the second is told, not silently overruled. */
    @Version
    private int version;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "business_id")
    private Business business;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account representative;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by", length = 40)
    private String decidedBy;
    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    protected Mandate() {
    }

    public Mandate(Business business, Account representative, Instant now) {
        this.business = business;
        this.representative = representative;
        this.status = Status.REQUESTED;
        this.requestedAt = now;
    }

    public void approve(String adminId, Instant now) {
        requirePending();
        status = Status.APPROVED;
        decide(adminId, null, now);
        representative.grantRole(org.madang.platform.security.Roles.BUSINESS_REPRESENTATIVE);
    }

    public void reject(String adminId, String note, Instant now) {
        requirePending();
        if (note == null || note.isBlank()) {
            throw new InvalidInput("identity.mandate.noteRequired").onField("note");
        }
        status = Status.REJECTED;
        decide(adminId, note.trim(), now);
    }

    /** Ends an approved mandate; the caller decides whether the representative role goes too. */
    public void revoke(String adminId, String note, Instant now) {
        if (status != Status.APPROVED) {
            throw new Conflict("identity.mandate.notApproved");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput("identity.mandate.noteRequired").onField("note");
        }
        status = Status.REVOKED;
        decide(adminId, note.trim(), now);
    }

    private void requirePending() {
        if (status != Status.REQUESTED) {
            throw new Conflict("identity.mandate.alreadyDecided");
        }
    }

    private void decide(String adminId, String note, Instant now) {
        this.decidedBy = adminId;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    public boolean isActive() {
        return status == Status.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public Business getBusiness() {
        return business;
    }

    public Account getRepresentative() {
        return representative;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
