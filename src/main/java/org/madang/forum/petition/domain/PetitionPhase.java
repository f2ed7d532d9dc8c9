package org.madang.forum.petition.domain;

/** Where a petition stands at a given time: gathering sponsors, open for support, or closed. */
public enum PetitionPhase {
    DRAFT, OPEN, CLOSED;

    public String labelKey() {
        return "petition.phase." + name();
    }
}
