package org.madang.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.Booth;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.PublicBoard;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.Serializable;

/**
 * /my/booth.xhtml?election=…: the voting booth. The choices and the credential never reach this
 * bean: the page's script encrypts and signs in the browser and posts only the ballot (a hidden
 * field). After casting, the page shows the ballot tracker (?tracker=…).
 */
@Named
@ViewScoped
public class BoothView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "/my/booth.xhtml";

    @Inject
    transient Booth booth;
    @Inject
    transient PublicBoard board;

    private String election;
    private String tracker;
    private String ballot;
    private ElectionViews.Details details;
    private boolean onRoll;
    private boolean voted;
    /** Only for the first rendering; never kept with the view state in the session. */
    private transient String credential;

    public void load() throws IOException {
        try {
            details = board.details(election);
        } catch (NotFound e) {
            Redirects.notFound();
            return;
        }
        onRoll = booth.onRoll(election);
        voted = booth.hasVoted(election);
        if (onRoll && details.isOpen()) {
            credential = booth.credentialFromInbox(election).orElse(null);
        }
    }

    public void cast() throws IOException {
        ElectionViews.CastReceipt r = booth.cast(election, ballot);
        // the receipt page shows the tracker from the address: it is public (it is on the board)
        VotingPages.redirect(PAGE + "?election=" + URLEncoder.encode(election, StandardCharsets.UTF_8), "tracker",
                r.tracker(), r.revote() ? "voting.ballot.recast" : "voting.ballot.cast");
    }

    public String getElection() {
        return election;
    }

    public void setElection(String election) {
        this.election = election;
    }

    public String getTracker() {
        return tracker;
    }

    public void setTracker(String tracker) {
        this.tracker = tracker;
    }

    public String getBallot() {
        return ballot;
    }

    public void setBallot(String ballot) {
        this.ballot = ballot;
    }

    public ElectionViews.Details getDetails() {
        return details;
    }

    public boolean isOnRoll() {
        return onRoll;
    }

    /** The voter's credential from their inbox message, or null: the page fills the field with it. */
    public String getCredential() {
        return credential;
    }

    public boolean isVoted() {
        return voted;
    }
}
