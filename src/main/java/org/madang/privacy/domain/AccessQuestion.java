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

/**
 * A citizen's "why was my data read?" about one access-log entry. It goes to the privacy officers
 * of the agency whose officer read the data, who owe an answer by {@link #getDueAt()}; an open
 * question past that date is overdue, for the officer and for the citizen alike.
 */
@Entity
@Table(name = "privacy_access_question")
public class AccessQuestion {
    public enum Status { OPEN, ANSWERED }

    public static final int QUESTION_MAX = 2000;
    public static final int ANSWER_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_account_id", nullable = false)
    private long subjectAccountId;
    @Column(name = "access_sequence", nullable = false)
    private long accessSequence;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(nullable = false)
    private String question;
    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private String answer;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_by_name")
    private String answeredByName;
    @Version
    private int version;

    protected AccessQuestion() {
        // for JPA
    }

    /**
     * Asks about {@code entry}, which must be about the asker; {@code agencyCode} is the agency that
     * must answer, {@code answerWithin} the legal time limit.
     */
    public AccessQuestion(AccessLogEntry entry, long askerAccountId, String agencyCode, String question, Instant now,
                          Duration answerWithin) {
        if (entry.getSubjectAccountId() != askerAccountId) {
            throw new IllegalArgumentException("a citizen asks only about reads of their own data");
        }
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new IllegalArgumentException("a question needs an agency to answer it");
        }
        this.subjectAccountId = askerAccountId;
        this.accessSequence = entry.getSequence();
        this.agencyCode = agencyCode;
        this.question = text(question, QUESTION_MAX, "privacy.question.textRequired", "question");
        this.askedAt = now;
        this.dueAt = now.plus(answerWithin);
        this.status = Status.OPEN;
    }

    /** The privacy officer's answer; once given it stands (a further question is a new question). */
    public void answer(String officerId, String officerName, String text, Instant now) {
        if (status != Status.OPEN) {
            throw new Conflict("privacy.question.alreadyAnswered");
        }
        this.answer = text(text, ANSWER_MAX, "privacy.question.answerRequired", "answer");
        this.answeredAt = now;
        this.answeredBy = officerId;
        this.answeredByName = officerName == null ? "" : officerName;
        this.status = Status.ANSWERED;
    }

    public boolean isAnswered() {
        return status == Status.ANSWERED;
    }

    /** Still unanswered after the due date. */
    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && now.isAfter(dueAt);
    }

    /** Answered, but after the due date (kept visible: lateness is part of the record). */
    public boolean wasAnsweredLate() {
        return answeredAt != null && answeredAt.isAfter(dueAt);
    }

    static String text(String value, int max, String requiredKey, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInput(requiredKey).onField(field);
        }
        if (v.length() > max) {
            throw new InvalidInput("privacy.text.tooLong", max).onField(field);
        }
        return v;
    }

    public Long getId() {
        return id;
    }

    public long getSubjectAccountId() {
        return subjectAccountId;
    }

    public long getAccessSequence() {
        return accessSequence;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAnsweredByName() {
        return answeredByName;
    }
}
