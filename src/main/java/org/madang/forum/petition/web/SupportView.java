package org.madang.forum.petition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionPages;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.application.PetitionViews.Standing;
import org.madang.forum.petition.application.Supporting;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** Supporting a petition, or withdrawing one's support, on a page of its own behind sign-in. */
@Named
@ViewScoped
public class SupportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionCatalogue catalogue;
    @Inject
    transient Supporting supporting;

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
        standing = supporting.standing(id);
    }

    public void support() throws IOException {
        supporting.support(id);
        Redirects.to(PetitionPages.PETITION + id, "petition.supported");
    }

    public void withdraw() throws IOException {
        supporting.withdraw(id);
        Redirects.to(PetitionPages.PETITION + id, "petition.withdrawn");
    }

    public PetitionView getPetition() {
        return petition;
    }

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
