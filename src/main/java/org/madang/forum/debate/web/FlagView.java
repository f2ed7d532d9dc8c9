package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.Moderating;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionModerating;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** Flagging a post ({@code ?id=}) or a petition ({@code ?petition=}) under one of the published rules, with a note if wanted. */
@Named
@ViewScoped
public class FlagView implements Serializable {
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
    private ModerationRule rule;
    private String note;

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

    public void submit() throws IOException {
        if (rule == null) {
            throw new org.madang.platform.error.InvalidInput("moderation.ruleRequired").onField("rule");
        }
        if (petitionView != null) {
            petitionModerating.flag(petition, rule, note);
            Redirects.to("/petitions/petition.xhtml?id=" + petition, "moderation.flagged");
            return;
        }
        moderating.flag(id, rule, note);
        Redirects.to(DebatePages.THREAD + (post.parentId() == null ? post.id() : post.parentId()), "moderation.flagged");
    }

    public ModerationRule[] getRules() {
        return ModerationRule.values();
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

    public ModerationRule getRule() {
        return rule;
    }

    public void setRule(ModerationRule rule) {
        this.rule = rule;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
