package org.madang.disclosure.domain;

/** What a reader or the publisher sees at a given moment. */
public enum PublicationPhase {
    DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN;

    /** Still the publisher's own: its file and details may change, and it may be published. */
    public boolean draft() {
        return this == DRAFT;
    }

    /** It has a public page and downloadable files (a withdrawn item keeps them, with the reason). */
    public boolean visible() {
        return this == PUBLISHED || this == WITHDRAWN;
    }

    /** Published (now or from a later moment): a new version may replace its file. */
    public boolean versionable() {
        return this == PUBLISHED || this == SCHEDULED;
    }
}
