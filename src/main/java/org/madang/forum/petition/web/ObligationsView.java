package org.madang.forum.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.ForumAgencies.AgencyName;
import org.madang.forum.petition.application.PetitionAnswering;
import org.madang.forum.petition.application.PetitionViews.Obligation;

import java.util.List;

/** The officer's queue of petitions their agency owes an answer or an outcome, with each deadline. */
@Named
@RequestScoped
public class ObligationsView {
    @Inject
    PetitionAnswering answering;

    private AgencyName agency;
    private List<Obligation> obligations = List.of();

    public void load() {
        agency = answering.myAgency();
        obligations = answering.obligations();
    }

    public AgencyName getAgency() {
        return agency;
    }

    public List<Obligation> getObligations() {
        return obligations;
    }
}
