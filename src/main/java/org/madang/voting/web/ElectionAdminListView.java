package org.madang.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.error.InvalidInput;
import org.madang.voting.application.ElectionAdministration;
import org.madang.voting.application.ElectionViews;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** /election-admin/: every election and the form that starts a new one. */
@Named
@ViewScoped
public class ElectionAdminListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElectionAdministration admin;

    private List<ElectionViews.Summary> elections = List.of();
    private String name;
    private String description;
    private Instant opensAt;
    private Instant closesAt;

    public void load() {
        elections = admin.elections();
    }

    public void create() throws IOException {
        Instant opens = opensAt;
        Instant closes = closesAt;
        if (opens == null) {
            throw new InvalidInput("voting.election.dateInvalid").onField("opensAt");
        }
        if (closes == null) {
            throw new InvalidInput("voting.election.dateInvalid").onField("closesAt");
        }
        String uuid = admin.create(name, description, opens, closes);
        VotingPages.redirect(ElectionSetupView.PAGE, "id", uuid, "voting.election.created");
    }

    public List<ElectionViews.Summary> getElections() {
        return elections;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(Instant opensAt) {
        this.opensAt = opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(Instant closesAt) {
        this.closesAt = closesAt;
    }
}
