package org.madang.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A person's request about their own data (PIPA arts. 36 and 37). A correction names the field and
 * what is wrong; an administrator or privacy officer accepts it (saying what was corrected) or
 * rejects it (saying why), within the legal time limit. A deletion is carried out the moment it is
 * confirmed and is recorded here as completed, so the person's file shows what was done and when.
 */
@Entity
@Table(name = "privacy_data_request")
public class DataRequest {
    public enum Kind { CORRECTION, DELETION }

    public enum Status { OPEN, ACCEPTED, REJECTED, COMPLETED }

    /** The fields a correction may name: the profile as the portal holds it, or "other" (described in the text). */
    public static final Set<String> CORRECTABLE_FIELDS = Set.of("name", "birthDate", "region", "email", "other");
    public static final int CHANGE_MAX = 2000;
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    private String field;
    @Column(name = "requested_change")
    private String requestedChange;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_by_name")
    private String decidedByName;
    @Column(name = "decision_note")
    private String decisionNote;
    @Version
    private int version;

    protected DataRequest() {
        // for JPA
    }

    private DataRequest(long accountId, Kind kind, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.requestedAt = now;
    }

    public static DataRequest correction(long accountId, String field, String change, Instant now,
                                         Duration decideWithin) {
        if (field == null || !CORRECTABLE_FIELDS.contains(field)) {
            throw new InvalidInput("privacy.correction.fieldRequired").onField("field");
        }
        DataRequest r = new DataRequest(accountId, Kind.CORRECTION, now);
        r.field = field;
        r.requestedChange = AccessQuestion.text(change, CHANGE_MAX, "privacy.correction.textRequired", "change");
        r.dueAt = now.plus(decideWithin);
        r.status = Status.OPEN;
        return r;
    }

    /** The record of an account deletion carried out at {@code now} by its owner. */
    public static DataRequest deletion(long accountId, Instant now) {
        DataRequest r = new DataRequest(accountId, Kind.DELETION, now);
        r.dueAt = now;
        r.status = Status.COMPLETED;
        r.decidedAt = now;
        r.decidedBy = Long.toString(accountId);
        return r;
    }

    /** The correction was made; the note says what was changed, for the person to check. */
    public void accept(String deciderId, String deciderName, String note, Instant now) {
        decide(Status.ACCEPTED, deciderId, deciderName,
                AccessQuestion.text(note, NOTE_MAX, "privacy.correction.noteRequired", "note"), now);
    }

    /** Not corrected; the note gives the reason (and the person may appeal, which the page says). */
    public void reject(String deciderId, String deciderName, String note, Instant now) {
        decide(Status.REJECTED, deciderId, deciderName,
                AccessQuestion.text(note, NOTE_MAX, "privacy.correction.reasonRequired", "note"), now);
    }

    private void decide(Status outcome, String deciderId, String deciderName, String note, Instant now) {
        if (kind != Kind.CORRECTION || status != Status.OPEN) {
            throw new Conflict("privacy.correction.alreadyDecided");
        }
        if (Long.toString(accountId).equals(deciderId)) {
            // nobody decides on their own request, not even an administrator
            throw new Conflict("privacy.correction.ownRequest");
        }
        this.status = outcome;
        this.decidedBy = deciderId;
        this.decidedByName = deciderName == null ? "" : deciderName;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    /** Not decided yet. */
    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getField() {
        return field;
    }

    public String getRequestedChange() {
        return requestedChange;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
