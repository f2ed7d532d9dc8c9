package org.madang.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.PublicBoard;

import java.io.IOException;
import java.util.List;

/**
 * /vote/election.xhtml?id=…: an election's public page and bulletin board, for anyone: parameters,
 * the trust assumption, the ballot trackers (newest first, by pages), a tracker search, the
 * archive download and, once published, the result. Stateless GETs only.
 */
@Named
@RequestScoped
public class ElectionPageView {
    static final int PAGE_SIZE = 50;

    @Inject
    PublicBoard board;

    private String id;
    private String tracker;
    /** The board shows the ballots numbered below this one (the newest when absent). */
    private Integer before;
    private ElectionViews.Details details;
    private List<ElectionViews.BoardEntry> entries = List.of();
    private ElectionViews.TrackerCheck check;

    public void load() throws IOException {
        try {
            details = board.details(id);
        } catch (NotFound e) {
            Redirects.notFound();
            return;
        }
        if (before != null && before < 1) {
            before = null;
        }
        entries = board.board(id, before, PAGE_SIZE);
        if (tracker != null && !tracker.isBlank()) {
            check = board.checkTracker(id, tracker);
        }
    }

    /** The experts' part (the board) starts open when the reader is paging through the board. */
    public boolean isExpertsOpen() {
        return before != null;
    }

    /** Older ballots exist below the last one shown (ballots are numbered 1, 2, 3… in casting order). */
    public boolean isHasNextPage() {
        return !entries.isEmpty() && entries.get(entries.size() - 1).seq() > 1;
    }

    /** Newer ballots exist above the first one shown. */
    public boolean isHasNewerPage() {
        return before != null && !entries.isEmpty() && details != null && entries.get(0).seq() < details.ballots();
    }

    /** The "before" of the newer page; null when that page is the newest. */
    public Integer getNewerBefore() {
        int b = entries.get(0).seq() + PAGE_SIZE + 1;
        return details == null || b > details.ballots() ? null : b;
    }

    /** The "before" of the older page: the last ballot shown. */
    public Integer getOlderBefore() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).seq();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTracker() {
        return tracker;
    }

    public void setTracker(String tracker) {
        this.tracker = tracker;
    }

    public Integer getBefore() {
        return before;
    }

    public void setBefore(Integer before) {
        this.before = before;
    }

    public ElectionViews.Details getDetails() {
        return details;
    }

    public List<ElectionViews.BoardEntry> getEntries() {
        return entries;
    }

    public ElectionViews.TrackerCheck getCheck() {
        return check;
    }
}
