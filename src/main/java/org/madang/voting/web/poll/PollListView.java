package org.madang.voting.web.poll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.domain.poll.PollPhase;

import java.util.List;

/** The public list of polls and budgets: open now, coming, and closed with results. */
@Named
@RequestScoped
public class PollListView {
    @Inject
    PollCatalogue catalogue;

    private List<PollView> open = List.of();
    private List<PollView> upcoming = List.of();
    private List<PollView> closed = List.of();

    public void load() {
        List<PollView> all = catalogue.published();
        open = all.stream().filter(p -> p.phase() == PollPhase.OPEN).toList();
        upcoming = all.stream().filter(p -> p.phase() == PollPhase.UPCOMING).toList();
        closed = all.stream().filter(p -> p.phase() == PollPhase.CLOSED || p.phase() == PollPhase.COUNTING).toList();
    }

    public List<PollView> getOpen() {
        return open;
    }

    public List<PollView> getUpcoming() {
        return upcoming;
    }

    public List<PollView> getClosed() {
        return closed;
    }
}
