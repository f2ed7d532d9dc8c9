package org.madang.forum.debate.domain;

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
 * One line of the public moderation log, about a debate post or a petition. Who decided is kept
 * for audit, never shown; who flagged is not here.
 */
@Entity
@Table(name = "moderation_log")
public class ModerationEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id")
    private Long postId;
    @Column(name = "debate_id")
    private Long debateId;
    @Column(name = "petition_id")
    private Long petitionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ModerationAction action;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ModerationRule rule;
    @Column(length = 1000)
    private String reason;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ModerationEntry() {
    }

    public ModerationEntry(Post post, ModerationAction action, ModerationRule rule, String reason, Long decidedBy,
                           Instant at) {
        this(action, rule, reason, decidedBy, at);
        this.postId = post.getId();
        this.debateId = post.getDebateId();
    }

    /** A decision on the petition {@code petitionId}. */
    public static ModerationEntry forPetition(long petitionId, ModerationAction action, ModerationRule rule,
                                              String reason, Long decidedBy, Instant at) {
        ModerationEntry e = new ModerationEntry(action, rule, reason, decidedBy, at);
        e.petitionId = petitionId;
        return e;
    }

    private ModerationEntry(ModerationAction action, ModerationRule rule, String reason, Long decidedBy, Instant at) {
        this.action = action;
        this.rule = rule;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    /** The post decided on, or null for a petition. */
    public Long getPostId() {
        return postId;
    }

    public Long getDebateId() {
        return debateId;
    }

    /** The petition decided on, or null for a post. */
    public Long getPetitionId() {
        return petitionId;
    }

    public ModerationAction getAction() {
        return action;
    }

    public ModerationRule getRule() {
        return rule;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
