package org.madang.forum.debate.domain;

/** What the public moderation log records. */
public enum ModerationAction {
    UNDER_REVIEW, HIDDEN, FLAGS_DISMISSED, APPEAL_UPHELD, APPEAL_RESTORED;

    public String labelKey() {
        return "moderation.action." + name();
    }
}
