package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.Moderating;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** The author's appeal against the hiding of their post (once; another moderator decides). */
@Named
@ViewScoped
public class AppealView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DebateCatalogue catalogue;
    @Inject
    transient Moderating moderating;

    private Long id;
    private PostView post;
    private String appeal;

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
        moderating.appeal(id, appeal == null ? "" : appeal);
        Redirects.to("/my/forum/appeal.xhtml?id=" + id, "moderation.appealed");
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

    public String getAppeal() {
        return appeal;
    }

    public void setAppeal(String appeal) {
        this.appeal = appeal;
    }
}
