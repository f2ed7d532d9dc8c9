package org.madang.forum.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.PetitionDrafting;
import org.madang.forum.petition.application.PetitionViews.DraftView;

import java.util.List;

/** "My petitions": what the caller drafted, each with its state and, for a draft, its sponsors so far. */
@Named
@RequestScoped
public class MyPetitionsView {
    @Inject
    PetitionDrafting drafting;

    private List<DraftView> petitions = List.of();

    public void load() {
        petitions = drafting.mine();
    }

    public List<DraftView> getPetitions() {
        return petitions;
    }
}
