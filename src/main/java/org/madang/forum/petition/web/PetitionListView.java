package org.madang.forum.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.ForumAgencies.AgencyName;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.domain.PetitionCategory;

import java.util.Arrays;
import java.util.List;

/**
 * The public list of petitions, filtered by a GET form (a filtered list is a plain link): status
 * (open, closed, answered), agency, category; newest first or most supported first. A filter value
 * the form never offers (an edited address) is ignored.
 */
@Named
@RequestScoped
public class PetitionListView {
    static final List<String> STATUSES = List.of("open", "closed", "answered");

    @Inject
    PetitionCatalogue catalogue;

    private String status;
    private String agency;
    private String category;
    private String sort;
    private List<PetitionView> petitions = List.of();
    private List<AgencyName> agencies = List.of();

    public void load() {
        agencies = catalogue.agencies();
        String s = status != null && STATUSES.contains(status) ? status : null;
        String a = agencies.stream().anyMatch(x -> x.code().equals(agency)) ? agency : null;
        PetitionCategory c = Arrays.stream(PetitionCategory.values()).filter(x -> x.name().equals(category))
                .findFirst().orElse(null);
        petitions = catalogue.list(s, a, c, "supports".equals(sort), PetitionCatalogue.LIST_MAX);
    }

    public List<PetitionView> getPetitions() {
        return petitions;
    }

    public List<AgencyName> getAgencies() {
        return agencies;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public PetitionCategory[] getCategories() {
        return PetitionCategory.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
