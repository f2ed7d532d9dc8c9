package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.DebateView;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.DebateViews.PostingStanding;
import org.madang.forum.debate.application.Posting;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/**
 * Writing in a debate: a new thread ({@code debate=}) or a reply to a thread ({@code thread=}),
 * with agree/disagree for the thread; officers of the debate's agency may answer officially.
 */
@Named
@ViewScoped
public class PostFormView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DebateCatalogue catalogue;
    @Inject
    transient Posting posting;

    private Long debateId;
    private Long threadId;
    private DebateView debate;
    private PostView thread;
    private PostingStanding standing;
    private String body;
    private boolean official;

    public void load() throws IOException {
        try {
            if (threadId != null) {
                thread = catalogue.thread(threadId, null).threads().get(0);
                debateId = catalogue.debateOf(threadId);
            }
            debate = debateId == null ? null : catalogue.get(debateId);
        } catch (NotFound e) {
            debate = null;
        }
        if (debate == null) {
            Redirects.notFound();
            return;
        }
        standing = posting.standing(debateId);
    }

    public void submit() throws IOException {
        if (threadId != null) {
            posting.reply(threadId, body == null ? "" : body, official);
            Redirects.to(DebatePages.THREAD + threadId, "debate.posted");
        } else {
            long id = posting.post(debateId, body == null ? "" : body, official);
            Redirects.to(DebatePages.THREAD + id, "debate.posted");
        }
    }

    public void agree() throws IOException {
        posting.vote(threadId, true);
        Redirects.to(DebatePages.THREAD + threadId, "debate.voted");
    }

    public void disagree() throws IOException {
        posting.vote(threadId, false);
        Redirects.to(DebatePages.THREAD + threadId, "debate.voted");
    }

    public DebateView getDebate() {
        return debate;
    }

    public PostView getThread() {
        return thread;
    }

    public PostingStanding getStanding() {
        return standing;
    }

    public Long getDebateId() {
        return debateId;
    }

    public void setDebateId(Long debateId) {
        this.debateId = debateId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isOfficial() {
        return official;
    }

    public void setOfficial(boolean official) {
        this.official = official;
    }
}
