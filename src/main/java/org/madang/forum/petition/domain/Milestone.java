package org.madang.forum.petition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step an agency took on an accepted petition, shown on the petition's page in order. */
@Entity
@Table(name = "petition_milestone")
public class Milestone {
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "petition_id", nullable = false)
    private long petitionId;
    @Column(nullable = false, length = TEXT_MAX)
    private String text;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    protected Milestone() {
    }

    /** Checks the petition allows milestones; the text is required and bounded. */
    public Milestone(Petition p, String text, long officerAccountId, Instant now) {
        p.requireMilestonesAllowed();
        this.petitionId = p.getId();
        this.text = Petition.required(text, TEXT_MAX, "milestone");
        this.recordedAt = now;
        this.recordedBy = officerAccountId;
    }

    public Long getId() {
        return id;
    }

    public long getPetitionId() {
        return petitionId;
    }

    public String getText() {
        return text;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
