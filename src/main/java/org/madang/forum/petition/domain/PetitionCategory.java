package org.madang.forum.petition.domain;

/** What a petition is about (the list's filter); labels in the text bundle as {@code petition.category.X}. */
public enum PetitionCategory {
    ADMINISTRATION, ECONOMY, WELFARE, EDUCATION, ENVIRONMENT, TRANSPORT, SAFETY, CULTURE, OTHER;

    public String labelKey() {
        return "petition.category." + name();
    }
}
