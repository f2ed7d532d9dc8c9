package org.madang.voting.web.poll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.TakingPart;
import org.madang.voting.domain.poll.PollPhase;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** "My polls": the open polls the caller has not taken part in yet, and the ones they have. */
@Named
@RequestScoped
public class MyPollsView {
    @Inject
    PollCatalogue catalogue;
    @Inject
    TakingPart takingPart;

    private List<PollView> toTakePart = List.of();
    private List<PollView> takenPart = List.of();

    public void load() {
        takenPart = takingPart.myPolls();
        Set<Long> done = takenPart.stream().map(PollView::id).collect(Collectors.toSet());
        toTakePart = catalogue.published().stream()
                .filter(p -> p.phase() == PollPhase.OPEN && !done.contains(p.id())).toList();
    }

    public List<PollView> getToTakePart() {
        return toTakePart;
    }

    public List<PollView> getTakenPart() {
        return takenPart;
    }
}
