package org.madang.forum.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.ForumAgencies.AgencyName;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionCatalogue.PetitionPage;
import org.madang.forum.petition.application.PetitionCursor;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.domain.PetitionCategory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The public list of petitions, filtered by a GET form (a filtered list is a plain link): status
 * (open, closed, answered), agency, category; newest first or most supported first; {@value #PAGE}
 * a page, the next one by a cursor link (keyset). A filter value the form never offers, or a cursor
 * the list never made (an edited address), is ignored.
 */
@Named
@RequestScoped
public class PetitionListView {
    static final List<String> STATUSES = List.of("open", "closed", "answered");
    static final int PAGE = 20;

    @Inject
    PetitionCatalogue catalogue;

    private String status;
    private String agency;
    private String category;
    private String sort;
    private String cursor;
    private String next;
    private List<PetitionView> petitions = List.of();
    private List<AgencyName> agencies = List.of();

    public void load() {
        agencies = catalogue.agencies();
        String s = status != null && STATUSES.contains(status) ? status : null;
        String a = agencies.stream().anyMatch(x -> x.code().equals(agency)) ? agency : null;
        PetitionCategory c = Arrays.stream(PetitionCategory.values()).filter(x -> x.name().equals(category))
                .findFirst().orElse(null);
        boolean bySupports = "supports".equals(sort);
        PetitionPage page = catalogue.list(s, a, c, bySupports,
                PetitionCursor.decode(cursor, bySupports).orElse(null), PAGE);
        petitions = page.petitions();
        next = page.next() == null ? null : "/petitions/?" + query("status", s) + query("agency", a)
                + query("category", c == null ? null : c.name()) + query("sort", bySupports ? "supports" : null)
                + "cursor=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8);
    }

    private static String query(String name, String value) {
        return value == null ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }

    /** The address of the next page (context-relative), or null on the last page. */
    public String getNext() {
        return next;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
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
