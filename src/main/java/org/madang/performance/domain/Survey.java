package org.madang.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.privacy.PersonalDataText;

import java.time.Instant;

/**
 * One question "how did it go?" put to the person at the end of their application or disclosure
 * request: asked once per ending, answered once, 1-5 on overall, ease and speed, and a comment kept
 * without personal data (the department reads it).
 */
@Entity
@Table(name = "performance_survey")
public class Survey {
    public static final int COMMENT_MAX = 2000;

    public enum Kind { APPLICATION, DISCLOSURE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 12)
    private Kind kind;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    /** The receipt or request number the person knows the case by. */
    @Column(name = "subject_ref", nullable = false, length = 40)
    private String subjectRef;
    @Column(nullable = false, length = 20)
    private String ending;
    @Column(name = "respondent_id", nullable = false)
    private long respondentId;
    @Column(name = "service_id")
    private Long serviceId;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    private Short overall;
    private Short ease;
    private Short speed;
    @Column(length = COMMENT_MAX)
    private String comment;

    protected Survey() {
    }

    /** Someone else's survey looks exactly like one that does not exist. */
    public void requireRespondent(long caller) {
        if (respondentId != caller) {
            throw new NotFound("performance.survey.notFound");
        }
    }

    /** Records the answer; once. The comment is kept with resident numbers, phones and e-mails stripped. */
    public void answer(long caller, int overall, int ease, int speed, String comment, Instant now) {
        requireRespondent(caller);
        if (answeredAt != null) {
            throw new Conflict("performance.survey.answered");
        }
        this.overall = rating(overall, "overall");
        this.ease = rating(ease, "ease");
        this.speed = rating(speed, "speed");
        String c = comment == null ? "" : comment.strip();
        if (c.length() > COMMENT_MAX) {
            throw new InvalidInput("performance.survey.commentTooLong", COMMENT_MAX).onField("comment");
        }
        this.comment = c.isEmpty() ? null : PersonalDataText.strip(c);
        this.answeredAt = now;
    }

    private static short rating(int value, String field) {
        if (value < 1 || value > 5) {
            throw new InvalidInput("performance.survey.ratingRequired").onField(field);
        }
        return (short) value;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** What this answer adds to its month's satisfaction counters. */
    public MonthlyCounts contribution() {
        MonthlyCounts c = new MonthlyCounts();
        if (answeredAt != null) {
            c.surveyed = 1;
            c.overallSum = overall;
            c.easeSum = ease;
            c.speedSum = speed;
        }
        return c;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public long getSubjectId() { return subjectId; }
    public String getSubjectRef() { return subjectRef; }
    public String getEnding() { return ending; }
    public long getRespondentId() { return respondentId; }
    public Long getServiceId() { return serviceId; }
    public long getDepartmentId() { return departmentId; }
    public Instant getAskedAt() { return askedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Short getOverall() { return overall; }
    public Short getEase() { return ease; }
    public Short getSpeed() { return speed; }
    public String getComment() { return comment; }
}
