package org.madang.forum.debate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.DebateView;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.DebateViews.ThreadPage;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;

/** One thread with its replies, a page at a time (keyset: after the last reply shown). */
@Named
@RequestScoped
public class ThreadPageView {
    @Inject
    DebateCatalogue catalogue;

    private Long id;
    private Long after;
    private PostView thread;
    private DebateView debate;
    private String next;

    public void load() throws IOException {
        try {
            ThreadPage page = id == null ? null : catalogue.thread(id, after);
            if (page != null) {
                thread = page.threads().get(0);
                next = page.next();
                debate = catalogue.get(catalogue.debateOf(id));
            }
        } catch (NotFound e) {
            thread = null;
        }
        if (thread == null) {
            Redirects.notFound();
        }
    }

    public PostView getThread() {
        return thread;
    }

    public DebateView getDebate() {
        return debate;
    }

    public String getNext() {
        return next;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAfter() {
        return after;
    }

    public void setAfter(Long after) {
        this.after = after;
    }
}
