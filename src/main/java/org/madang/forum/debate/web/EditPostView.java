package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.Posting;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** The author's own post: change its wording within 15 minutes, or delete it. */
@Named
@ViewScoped
public class EditPostView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DebateCatalogue catalogue;
    @Inject
    transient Posting posting;

    private Long id;
    private PostView post;
    private String body;

    public void load() throws IOException {
        try {
            post = id == null ? null : catalogue.post(id);
        } catch (NotFound e) {
            post = null;
        }
        if (post == null) {
            Redirects.notFound();
            return;
        }
        body = post.body();
    }

    public void save() throws IOException {
        posting.edit(id, body == null ? "" : body);
        Redirects.to(DebatePages.THREAD + threadOf(), "debate.edited");
    }

    public void delete() throws IOException {
        posting.delete(id);
        Redirects.to(DebatePages.THREAD + threadOf(), "debate.deleted");
    }

    private long threadOf() {
        return post.parentId() == null ? post.id() : post.parentId();
    }

    public PostView getPost() {
        return post;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
