package org.madang.forum.debate.domain;

/** The published rules a post may be flagged and hidden under (labels and explanations in the text bundle). */
public enum ModerationRule {
    PERSONAL_DATA, ABUSE, DISCRIMINATION, SPAM, ILLEGAL, OFF_TOPIC;

    public String labelKey() {
        return "moderation.rule." + name();
    }
}
