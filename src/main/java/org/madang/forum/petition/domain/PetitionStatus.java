package org.madang.forum.petition.domain;

/** Stored state: a draft gathering sponsors, or published (then open or closed by the clock, see {@link PetitionPhase}). */
public enum PetitionStatus {
    DRAFT, PUBLISHED
}
