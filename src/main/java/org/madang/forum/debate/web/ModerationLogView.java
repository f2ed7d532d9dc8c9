package org.madang.forum.debate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateViews.LogEntry;
import org.madang.forum.debate.application.Moderating;

import java.util.List;

/** The public moderation log: every decision with its rule, reason and date, newest first, by keyset. */
@Named
@RequestScoped
public class ModerationLogView {
    @Inject
    Moderating moderating;

    private Long before;
    private List<LogEntry> entries = List.of();

    public void load() {
        entries = moderating.log(before != null && before > 0 ? before : null);
    }

    public List<LogEntry> getEntries() {
        return entries;
    }

    /** The key for the next page, or null when this page is the last. */
    public Long getNext() {
        return entries.size() == Moderating.LOG_PAGE ? entries.get(entries.size() - 1).id() : null;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
