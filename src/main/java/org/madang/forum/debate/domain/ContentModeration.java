package org.madang.forum.debate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.Objects;

/**
 * The moderation of what people write, a debate post or a petition: {@value #FLAGS_FOR_REVIEW} flags from different people put it under review
 * (as Decidim does); a moderator hides it under a rule with a reason, or dismisses the flags; the
 * author may appeal a hiding once, and a moderator other than the one who hid it decides.
 */
@Embeddable
public class ContentModeration {
    public static final int FLAGS_FOR_REVIEW = 3;
    public static final int REASON_MAX = 1000;
    public static final int APPEAL_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderation", nullable = false, length = 20)
    private Moderation state = Moderation.VISIBLE;
    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_rule", length = 30)
    private ModerationRule hiddenRule;
    @Column(name = "hidden_reason", length = REASON_MAX)
    private String hiddenReason;
    @Column(name = "hidden_by")
    private Long hiddenBy;
    @Column(name = "appeal_text", length = APPEAL_MAX)
    private String appealText;
    @Column(name = "appealed_at")
    private Instant appealedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome", length = 20)
    private ModerationAction appealOutcome;

    /** The post now has {@code openFlags} flags from different people; true when that puts it under review. */
    public boolean flagged(long openFlags) {
        if (state == Moderation.VISIBLE && openFlags >= FLAGS_FOR_REVIEW) {
            state = Moderation.UNDER_REVIEW;
            return true;
        }
        return false;
    }

    public void hide(long moderator, ModerationRule rule, String reason) {
        if (state == Moderation.HIDDEN) {
            throw new Conflict("moderation.alreadyHidden");
        }
        if (rule == null) {
            throw new InvalidInput("moderation.ruleRequired").onField("rule");
        }
        state = Moderation.HIDDEN;
        hiddenRule = rule;
        hiddenReason = reason(reason);
        hiddenBy = moderator;
    }

    public void dismiss() {
        if (state == Moderation.HIDDEN) {
            throw new Conflict("moderation.alreadyHidden");
        }
        state = Moderation.VISIBLE;
    }

    public void appeal(String text, Instant now) {
        if (state != Moderation.HIDDEN) {
            throw new Conflict("moderation.appeal.notHidden");
        }
        if (appealedAt != null) {
            throw new Conflict("moderation.appeal.once");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > APPEAL_MAX) {
            throw new InvalidInput("moderation.textRequired", APPEAL_MAX).onField("appeal");
        }
        appealText = t;
        appealedAt = now;
    }

    /** Decides a pending appeal: restored or upheld. Only a moderator other than the one who hid the post. */
    public ModerationAction decideAppeal(long moderator, boolean restore) {
        if (appealedAt == null || appealOutcome != null) {
            throw new Conflict("moderation.appeal.nonePending");
        }
        if (Objects.equals(hiddenBy, moderator)) {
            throw new Forbidden("moderation.appeal.anotherModerator");
        }
        appealOutcome = restore ? ModerationAction.APPEAL_RESTORED : ModerationAction.APPEAL_UPHELD;
        if (restore) {
            state = Moderation.VISIBLE;
        }
        return appealOutcome;
    }

    public static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > REASON_MAX) {
            throw new InvalidInput("moderation.textRequired", REASON_MAX).onField("reason");
        }
        return r;
    }

    public boolean isVisible() {
        return state == Moderation.VISIBLE;
    }

    public boolean isAppealPending() {
        return appealedAt != null && appealOutcome == null;
    }

    public Moderation getState() {
        return state;
    }

    public ModerationRule getHiddenRule() {
        return hiddenRule;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getAppealText() {
        return appealText;
    }

    public Instant getAppealedAt() {
        return appealedAt;
    }

    public ModerationAction getAppealOutcome() {
        return appealOutcome;
    }
}
