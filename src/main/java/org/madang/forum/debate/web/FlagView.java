package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.Moderating;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** Flagging a post under one of the published rules, with a note if wanted. */
@Named
@ViewScoped
public class FlagView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DebateCatalogue catalogue;
    @Inject
    transient Moderating moderating;

    private Long id;
    private PostView post;
    private ModerationRule rule;
    private String note;

    public void load() throws IOException {
        try {
            post = id == null ? null : catalogue.post(id);
        } catch (NotFound e) {
            post = null;
        }
        if (post == null) {
            Redirects.notFound();
        }
    }

    public void submit() throws IOException {
        if (rule == null) {
            throw new org.madang.platform.error.InvalidInput("moderation.ruleRequired").onField("rule");
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
