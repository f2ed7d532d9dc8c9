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

/** One line of the public moderation log. Who decided is kept for audit, never shown; who flagged is not here. */
@Entity
@Table(name = "moderation_log")
public class ModerationEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id", nullable = false)
    private long postId;
    @Column(name = "debate_id", nullable = false)
    private long debateId;
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
        this.postId = post.getId();
        this.debateId = post.getDebateId();
        this.action = action;
        this.rule = rule;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public long getDebateId() {
        return debateId;
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
