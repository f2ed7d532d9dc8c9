package org.madang.forum.debate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An earlier wording of an edited post, kept when the author changed it. */
@Entity
@Table(name = "forum_post_edit")
public class PostEdit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id", nullable = false)
    private long postId;
    @Column(nullable = false, length = Post.BODY_MAX)
    private String body;
    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected PostEdit() {
    }

    PostEdit(long postId, String body, Instant replacedAt) {
        this.postId = postId;
        this.body = body;
        this.replacedAt = replacedAt;
    }

    public long getPostId() {
        return postId;
    }

    public String getBody() {
        return body;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
