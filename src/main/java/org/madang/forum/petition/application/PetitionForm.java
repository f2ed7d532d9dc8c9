package org.madang.forum.petition.application;

import org.madang.forum.petition.domain.PetitionCategory;

import java.io.Serializable;

/** A new petition as the draft form sends it; the domain checks each field (lengths, required). */
public record PetitionForm(String title, String text, PetitionCategory category, String agency)
        implements Serializable {
}
