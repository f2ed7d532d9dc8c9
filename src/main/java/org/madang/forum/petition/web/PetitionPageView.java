package org.madang.forum.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.application.PetitionViews.Standing;
import org.madang.forum.petition.application.Supporting;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.io.IOException;

/** One published petition: text, count, deadline, threshold, supports by region, answer and outcome. */
@Named
@RequestScoped
public class PetitionPageView {
    @Inject
    PetitionCatalogue catalogue;
    @Inject
    Supporting supporting;
    @Inject
    CurrentUser currentUser;

    private Long id;
    private PetitionView petition;
    private Standing standing;

    public void load() throws IOException {
        try {
            petition = id == null ? null : catalogue.get(id);
        } catch (NotFound e) {
            petition = null;
        }
        if (petition == null) {
            Redirects.notFound();
            return;
        }
        if (currentUser.hasRole(Roles.CITIZEN)) {
            standing = supporting.standing(id);
        }
    }

    public PetitionView getPetition() {
        return petition;
    }

    /** The signed-in caller's standing; null for a visitor who is not signed in. */
    public Standing getStanding() {
        return standing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
