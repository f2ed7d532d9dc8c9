package org.madang.voting.web.poll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.Standing;
import org.madang.voting.application.poll.TakingPart;

import java.io.IOException;

/** One poll or budget: what it asks, who may take part, and after closing its results. */
@Named
@RequestScoped
public class PollPageView {
    @Inject
    PollCatalogue catalogue;
    @Inject
    TakingPart takingPart;
    @Inject
    CurrentUser currentUser;

    private Long id;
    private PollView poll;
    private Standing standing;

    public void load() throws IOException {
        try {
            poll = id == null ? null : catalogue.get(id);
        } catch (NotFound e) {
            poll = null;
        }
        if (poll == null) {
            Redirects.notFound();
            return;
        }
        if (currentUser.hasRole(Roles.CITIZEN)) {
            standing = takingPart.standing(id);
        }
    }

    public PollView getPoll() {
        return poll;
    }

    /** The signed-in caller's standing; null for visitors who are not signed in. */
    public Standing getStanding() {
        return standing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
