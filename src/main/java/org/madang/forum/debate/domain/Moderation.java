package org.madang.forum.debate.domain;

/** A post's standing: shown, under review after three flags (text withheld until decided), or hidden. */
public enum Moderation {
    VISIBLE, UNDER_REVIEW, HIDDEN;

    public String labelKey() {
        return "moderation.state." + name();
    }
}
