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
    private int page;
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
        page = Math.max(0, page);
        entries = board.board(id, page * PAGE_SIZE, PAGE_SIZE);
        if (tracker != null && !tracker.isBlank()) {
            check = board.checkTracker(id, tracker);
        }
    }

    public boolean isHasNextPage() {
        return details != null && (page + 1) * PAGE_SIZE < details.ballots();
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
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
