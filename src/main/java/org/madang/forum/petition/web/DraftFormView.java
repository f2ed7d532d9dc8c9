package org.madang.forum.petition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.ForumAgencies.AgencyName;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionDrafting;
import org.madang.forum.petition.application.PetitionForm;
import org.madang.forum.petition.application.PetitionPages;
import org.madang.forum.petition.domain.PetitionCategory;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** A new petition: title, text, category and the agency it asks. A refused field keeps what was typed. */
@Named
@ViewScoped
public class DraftFormView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionDrafting drafting;
    @Inject
    transient PetitionCatalogue catalogue;

    private String title;
    private String text;
    private PetitionCategory category;
    private String agency;
    private List<AgencyName> agencies = List.of();

    public void load() {
        agencies = catalogue.agencies();
    }

    public void submit() throws IOException {
        long id = drafting.draft(new PetitionForm(title, text, category, agency));
        Redirects.to(PetitionPages.MINE + id, "petition.drafted");
    }

    public List<AgencyName> getAgencies() {
        return agencies;
    }

    public PetitionCategory[] getCategories() {
        return PetitionCategory.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PetitionCategory getCategory() {
        return category;
    }

    public void setCategory(PetitionCategory category) {
        this.category = category;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
