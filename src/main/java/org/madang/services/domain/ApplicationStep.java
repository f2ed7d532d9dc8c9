package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of an application's timeline, as the citizen sees it: when, which department, which
 * officer (by name, as the Seoul OPEN system showed it), what happened and the reason given to the
 * citizen. Written once, never changed; internal notes are kept apart ({@link ApplicationNote}).
 */
@Entity
@Table(name = "application_step")
public class ApplicationStep {
    /** What happened; the label is {@code services.application.step.<KIND>}. */
    public enum Kind {
        SUBMITTED, CLAIMED, ASSIGNED, SUPPLEMENT_REQUESTED, SUPPLEMENT_ANSWERED, EXTENDED, DELAYED, TRANSFERRED,
        PAYMENT_RECORDED, APPROVED, APPROVED_AUTOMATICALLY, REJECTED, WITHDRAWN, AWAITING_PREREQUISITE,
        PREREQUISITE_FAILED,
        /** An officer used a knowledge article for the case: on the department's timeline only. */
        KNOWLEDGE_USED;

        public String labelKey() {
            return "services.application.step." + name();
        }

        /** Steps the applicant does not see (their page, API and e-mails leave them out). */
        public boolean internal() {
            return this == KNOWLEDGE_USED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant at;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 30)
    private ApplicationStatus statusAfter;
    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name", length = 100)
    private String actorName;
    /** What the citizen is told (supplement reason, rejection text, transfer or delay reason...). */
    @Column(name = "public_note", length = 2000)
    private String publicNote;
    @Column(name = "ground_key", length = 60)
    private String groundKey;
    @Column(name = "ground_ko", length = 500)
    private String groundKo;
    @Column(name = "ground_en", length = 500)
    private String groundEn;
    /** The due date after this step (it moves on resume and extension). */
    @Column(name = "due_at")
    private Instant dueAt;

    protected ApplicationStep() {
    }

    ApplicationStep(Kind kind, Instant at, ApplicationStatus statusAfter, Long departmentId, Long actorId,
                    String actorName) {
        this.kind = kind;
        this.at = at;
        this.statusAfter = statusAfter;
        this.departmentId = departmentId;
        this.actorId = actorId;
        this.actorName = actorName;
    }

    ApplicationStep note(String text) {
        this.publicNote = text;
        return this;
    }

    ApplicationStep ground(String key, String ko, String en) {
        this.groundKey = key;
        this.groundKo = ko;
        this.groundEn = en;
        return this;
    }

    ApplicationStep due(Instant due) {
        this.dueAt = due;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Kind getKind() {
        return kind;
    }

    public ApplicationStatus getStatusAfter() {
        return statusAfter;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public String getGroundKey() {
        return groundKey;
    }

    public String getGroundKo() {
        return groundKo;
    }

    public String getGroundEn() {
        return groundEn;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
