package org.madang.forum.debate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A thread in a debate, or a reply to a thread (one level only). Its author may change the
 * wording for {@value #EDIT_MINUTES} minutes (the earlier wording is kept, see {@link PostEdit})
 * and delete it ("deleted by the author" stays in its place, so replies keep their context). An
 * official post carries the agency and the officer's role.
 */
@Entity
@Table(name = "forum_post")
public class Post {
    public static final int BODY_MAX = 4000;
    public static final int EDIT_MINUTES = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "debate_id", nullable = false)
    private long debateId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "author_account_id")
    private Long authorAccountId;
    @Column(nullable = false, length = BODY_MAX)
    private String body;
    @Column(name = "official_agency", length = 20)
    private String officialAgency;
    @Column(name = "official_role", length = 30)
    private String officialRole;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "agree_count", nullable = false)
    private int agreeCount;
    @Column(name = "disagree_count", nullable = false)
    private int disagreeCount;
    @Column(name = "reply_count", nullable = false)
    private int replyCount;
    @jakarta.persistence.Embedded
    private ContentModeration moderation = new ContentModeration();

    protected Post() {
    }

    private Post(Debate debate, Long parentId, long author, String body, String officialAgency, String officialRole,
                 Instant now) {
        debate.requireOpen(now);
        this.debateId = debate.getId();
        this.parentId = parentId;
        this.authorAccountId = author;
        this.body = Texts.required(body, BODY_MAX, "body");
        this.officialAgency = officialAgency;
        this.officialRole = officialRole;
        this.createdAt = now;
    }

    /** A new thread; {@code officialAgency} and {@code officialRole} only for an officer of the debate's agency. */
    public static Post thread(Debate debate, long author, String body, String officialAgency, String officialRole,
                              Instant now) {
        return new Post(debate, null, author, body, officialAgency, officialRole, now);
    }

    /** A reply to a thread of the same debate; a reply to a reply is refused (one level only). */
    public static Post reply(Debate debate, Post thread, long author, String body, String officialAgency,
                             String officialRole, Instant now) {
        if (thread.debateId != debate.getId() || thread.parentId != null) {
            throw new Conflict("debate.reply.onlyToThreads");
        }
        if (thread.isDeleted()) {
            throw new Conflict("debate.reply.deleted");
        }
        Post p = new Post(debate, thread.getId(), author, body, officialAgency, officialRole, now);
        thread.replyCount++;
        return p;
    }

    /** New wording by the author within the edit window; returns the earlier wording to keep. */
    public PostEdit edit(long by, String newBody, Instant now) {
        requireAuthor(by);
        if (isDeleted()) {
            throw new Conflict("debate.post.deleted");
        }
        if (now.isAfter(createdAt.plus(Duration.ofMinutes(EDIT_MINUTES)))) {
            throw new Conflict("debate.edit.tooLate", EDIT_MINUTES);
        }
        String b = Texts.required(newBody, BODY_MAX, "body");
        PostEdit earlier = new PostEdit(id, body, now);
        body = b;
        editedAt = now;
        return earlier;
    }

    /** The author deletes it: the text goes, "deleted by the author" stays. */
    public void delete(long by, Instant now) {
        requireAuthor(by);
        if (isDeleted()) {
            throw new Conflict("debate.post.deleted");
        }
        deletedAt = now;
    }

    /** Counts change when a person votes or changes their vote ({@code before} null for a first vote). */
    public void voted(Boolean before, boolean agree) {
        if (before != null) {
            if (before) {
                agreeCount--;
            } else {
                disagreeCount--;
            }
        }
        if (agree) {
            agreeCount++;
        } else {
            disagreeCount++;
        }
    }

    /** Flags from {@code openFlags} different people now; true when that puts the post under review. */
    public boolean flagged(long openFlags) {
        return moderation.flagged(openFlags);
    }

    public ModerationEntry hide(long moderator, ModerationRule rule, String reason, Instant now) {
        moderation.hide(moderator, rule, reason);
        return new ModerationEntry(this, ModerationAction.HIDDEN, rule, moderation.getHiddenReason(), moderator, now);
    }

    public ModerationEntry dismissFlags(long moderator, String reason, Instant now) {
        moderation.dismiss();
        return new ModerationEntry(this, ModerationAction.FLAGS_DISMISSED, null, ContentModeration.reason(reason), moderator, now);
    }

    /** The author appeals the hiding, once. */
    public void appeal(long by, String text, Instant now) {
        requireAuthor(by);
        moderation.appeal(text, now);
    }

    public ModerationEntry decideAppeal(long moderator, boolean restore, String reason, Instant now) {
        String r = ContentModeration.reason(reason);
        ModerationAction outcome = moderation.decideAppeal(moderator, restore);
        return new ModerationEntry(this, outcome, moderation.getHiddenRule(), r, moderator, now);
    }

    public ContentModeration moderation() {
        return moderation;
    }

    /** Whether the text may be shown: not deleted, not hidden, not waiting for review. */
    public boolean isShown() {
        return !isDeleted() && moderation.getState() == Moderation.VISIBLE;
    }

    private void requireAuthor(long by) {
        if (!Objects.equals(authorAccountId, by)) {
            throw new Forbidden("debate.post.notAuthor");
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isOfficial() {
        return officialAgency != null;
    }

    public boolean isEditableBy(long accountId, Instant now) {
        return Objects.equals(authorAccountId, accountId) && !isDeleted()
                && !now.isAfter(createdAt.plus(Duration.ofMinutes(EDIT_MINUTES)));
    }

    public Long getId() {
        return id;
    }

    public long getDebateId() {
        return debateId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    /** The text, or null once the author deleted it. */
    public String getBody() {
        return isDeleted() ? null : body;
    }

    public String getOfficialAgency() {
        return officialAgency;
    }

    public String getOfficialRole() {
        return officialRole;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public int getAgreeCount() {
        return agreeCount;
    }

    public int getDisagreeCount() {
        return disagreeCount;
    }

    public int getReplyCount() {
        return replyCount;
    }
}
