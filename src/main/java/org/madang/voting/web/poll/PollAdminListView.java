package org.madang.voting.web.poll;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.InvalidInput;
import org.madang.voting.application.poll.PollAdministration;
import org.madang.voting.application.poll.PollForm;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.domain.poll.BudgetMode;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The election administrator's list of polls and budgets, and the form for a new one. */
@Named
@ViewScoped
public class PollAdminListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PollAdministration admin;

    private List<PollView> polls = List.of();
    private List<String> regions = List.of();
    private String kind = "POLL";
    private String titleKo;
    private String titleEn;
    private String descriptionKo;
    private String descriptionEn;
    private String region;
    private Integer minAge;
    private Instant opensAt;
    private Instant closesAt;
    private Integer maxChoices;
    private BudgetMode mode = BudgetMode.KNAPSACK;
    private Long budgetKrw;

    public void load() {
        polls = admin.all();
        regions = admin.regions();
    }

    public void create() throws IOException {
        long id = admin.create(new PollForm(kind, titleKo, titleEn, descriptionKo, descriptionEn, region, minAge,
                instant(opensAt, "opensAt"), instant(closesAt, "closesAt"), maxChoices, mode, budgetKrw));
        Redirects.to(PollPages.ADMIN_POLL + id, "poll.setup.created");
    }

    /** A moment the form must have (the field's converter read it in the portal's time zone). */
    static Instant instant(Instant given, String field) {
        if (given == null) {
            throw new InvalidInput("poll.setup.dateInvalid").onField(field);
        }
        return given;
    }

    public BudgetMode[] getModes() {
        return BudgetMode.values();
    }

    public List<PollView> getPolls() {
        return polls;
    }

    public List<String> getRegions() {
        return regions;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitleKo() {
        return titleKo;
    }

    public void setTitleKo(String titleKo) {
        this.titleKo = titleKo;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionKo() {
        return descriptionKo;
    }

    public void setDescriptionKo(String descriptionKo) {
        this.descriptionKo = descriptionKo;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
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

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(Integer maxChoices) {
        this.maxChoices = maxChoices;
    }

    public BudgetMode getMode() {
        return mode;
    }

    public void setMode(BudgetMode mode) {
        this.mode = mode;
    }

    public Long getBudgetKrw() {
        return budgetKrw;
    }

    public void setBudgetKrw(Long budgetKrw) {
        this.budgetKrw = budgetKrw;
    }
}
