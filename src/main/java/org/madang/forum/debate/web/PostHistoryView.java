package org.madang.forum.debate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.PostHistory;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;

/** The wordings an edited post had (a stateless public page: {@code /forum/history.xhtml?id=}). */
@Named
@RequestScoped
public class PostHistoryView {
    @Inject
    DebateCatalogue catalogue;

    private Long id;
    private PostHistory history;
    private long debateId;

    public void load() throws IOException {
        try {
            if (id != null) {
                history = catalogue.history(id);
                debateId = catalogue.debateOf(id);
            }
        } catch (NotFound e) {
            history = null;
        }
        if (history == null) {
            Redirects.notFound();
        }
    }

    public PostHistory getHistory() {
        return history;
    }

    public long getDebateId() {
        return debateId;
    }

    /** The thread the post belongs to (itself for a thread). */
    public long getThreadId() {
        return history.post().parentId() == null ? history.post().id() : history.post().parentId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
