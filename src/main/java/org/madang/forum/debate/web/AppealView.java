package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.Moderating;
import org.madang.forum.debate.domain.Moderation;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionModerating;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** The author's appeal against the hiding of their post ({@code ?id=}) or petition ({@code ?petition=}): once; another moderator decides. */
@Named
@ViewScoped
public class AppealView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DebateCatalogue catalogue;
    @Inject
    transient Moderating moderating;
    @Inject
    transient PetitionCatalogue petitions;
    @Inject
    transient PetitionModerating petitionModerating;

    private Long id;
    private Long petition;
    private PostView post;
    private PetitionView petitionView;
    private String appeal;

    public void load() throws IOException {
        try {
            if (petition != null) {
                petitionView = petitions.get(petition);
            } else {
                post = id == null ? null : catalogue.post(id);
            }
        } catch (NotFound e) {
            post = null;
            petitionView = null;
        }
        if (post == null && petitionView == null) {
            Redirects.notFound();
        }
    }

    /** Whether the post or petition is hidden now (what an appeal is against). */
    public boolean isHidden() {
        return (post != null ? post.moderation() : petitionView.moderation()) == Moderation.HIDDEN;
    }

    public void submit() throws IOException {
        if (petitionView != null) {
            petitionModerating.appeal(petition, appeal == null ? "" : appeal);
            Redirects.to("/my/forum/appeal.xhtml?petition=" + petition, "moderation.appealed");
            return;
        }
        moderating.appeal(id, appeal == null ? "" : appeal);
        Redirects.to("/my/forum/appeal.xhtml?id=" + id, "moderation.appealed");
    }

    public PostView getPost() {
        return post;
    }

    public PetitionView getPetitionView() {
        return petitionView;
    }

    public Long getPetition() {
        return petition;
    }

    public void setPetition(Long petition) {
        this.petition = petition;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAppeal() {
        return appeal;
    }

    public void setAppeal(String appeal) {
        this.appeal = appeal;
    }
}
