package org.madang.forum.petition.application;

/** Addresses of petition pages that notices link to. */
public final class PetitionPages {
    public static final String PETITION = "/petitions/petition.xhtml?id=";
    public static final String MINE = "/my/petitions/draft.xhtml?id=";
    public static final String SPONSOR = "/my/petitions/sponsor.xhtml?token=";

    private PetitionPages() {
    }
}
