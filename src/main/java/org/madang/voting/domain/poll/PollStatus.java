package org.madang.voting.domain.poll;

/** A poll's life: DRAFT (options may change) → OPEN (published; may be closed) → CLOSED (counted). */
public enum PollStatus {
    DRAFT, OPEN, CLOSED;

    /** Options may still be added and removed. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** The administrator may close it (and count it) now. */
    public boolean closable() {
        return this == OPEN;
    }

    /** It has a public page. */
    public boolean published() {
        return this != DRAFT;
    }
}
