package org.madang.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.Trusteeship;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * /my/trustee.xhtml: the elections the signed-in person is a trustee of; with ?election=… the
 * forms for that election's public key (set-up) and partial decryption (after closing).
 */
@Named
@ViewScoped
public class TrusteeView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "/my/trustee.xhtml";

    @Inject
    transient Trusteeship trusteeship;

    private String election;
    private ElectionViews.Trusteeship current;
    private List<ElectionViews.Trusteeship> mine = List.of();
    private String publicKey;
    private String decryption;

    public void load() throws IOException {
        if (election == null || election.isBlank()) {
            mine = trusteeship.mine();
            return;
        }
        try {
            current = trusteeship.mine(election);
        } catch (NotFound e) {
            Redirects.notFound();
        }
    }

    public void uploadKey() throws IOException {
        trusteeship.uploadPublicKey(election, publicKey);
        VotingPages.redirect(PAGE, "election", election, "voting.trustee.keyAccepted");
    }

    public void submitDecryption() throws IOException {
        trusteeship.submitDecryption(election, decryption);
        VotingPages.redirect(PAGE, "election", election, "voting.decryption.accepted");
    }

    public String getElection() {
        return election;
    }

    public void setElection(String election) {
        this.election = election;
    }

    public ElectionViews.Trusteeship getCurrent() {
        return current;
    }

    public List<ElectionViews.Trusteeship> getMine() {
        return mine;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public String getDecryption() {
        return decryption;
    }

    public void setDecryption(String decryption) {
        this.decryption = decryption;
    }
}
