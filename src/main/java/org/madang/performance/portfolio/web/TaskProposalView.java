package org.madang.performance.portfolio.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.portfolio.application.TaskProposals;
import org.madang.performance.portfolio.application.TaskProposals.Editing;
import org.madang.performance.portfolio.application.TaskViews.FormChoices;
import org.madang.performance.portfolio.application.TaskViews.SimilarTask;
import org.madang.performance.portfolio.domain.Measure;
import org.madang.performance.portfolio.domain.PlanContent;
import org.madang.performance.portfolio.domain.TaskType;
import org.madang.performance.portfolio.web.PlanForm.IndicatorRow;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * /office/performance/tasks/propose.xhtml: a new task, or (?id=…) the version awaiting approval
 * changed, or a new version of an approved plan with its reason. "Check for similar tasks" shows
 * the overlap check before proposing; proposing runs it again and asks how this task differs.
 */
@Named
@ViewScoped
public class TaskProposalView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TASK = "/office/performance/tasks/review.xhtml?id=";

    @Inject
    transient TaskProposals proposals;

    private Long id;
    private Editing editing;
    private FormChoices choices;
    private TaskType type = TaskType.DEPARTMENTAL;
    private String title;
    private String titleEn;
    private String goals;
    private String official;
    private Integer firstYear;
    private Integer lastYear;
    private List<String> partners = new ArrayList<>();
    private String budgets;
    private String milestones;
    private List<IndicatorRow> indicators = new ArrayList<>(List.of(new IndicatorRow()));
    private String difference;
    private String reason;
    private List<SimilarTask> similar;

    public void load() throws IOException {
        try {
            choices = proposals.choices();
            if (id != null) {
                editing = proposals.editing(id);
                PlanContent c = editing.content();
                type = editing.type();
                title = c.title();
                titleEn = c.titleEn();
                goals = c.goals();
                official = c.official();
                firstYear = c.firstYear();
                lastYear = c.lastYear();
                partners = new ArrayList<>(c.partners());
                budgets = PlanForm.pairsText(c.budgets());
                milestones = PlanForm.milestonesText(c.milestones());
                indicators = new ArrayList<>(c.indicators().stream().map(PlanForm::row).toList());
            }
        } catch (NotFound unknown) {
            Redirects.notFound();
        } catch (Forbidden notOurs) {
            Redirects.forbidden();
        }
    }

    public void addIndicator() {
        indicators.add(new IndicatorRow());
    }

    public void checkSimilar() {
        similar = proposals.similar(title, goals, id);
    }

    public void save() throws IOException {
        PlanContent content = PlanForm.content(title, titleEn, goals, official, firstYear, lastYear, partners, budgets,
                milestones, indicators);
        if (id == null) {
            long created = proposals.propose(type, content, difference);
            Redirects.to("/office/performance/tasks/", "performance.task.proposed", created);
        } else if (editing.frozen()) {
            proposals.revise(id, content, reason);
            Redirects.to("/office/performance/tasks/", "performance.task.revised", id);
        } else {
            proposals.changeProposal(id, content, difference);
            Redirects.to("/office/performance/tasks/", "performance.task.changed", id);
        }
    }

    /** A new version of an approved plan (asks for a reason, not for the overlap answer). */
    public boolean isRevision() {
        return editing != null && editing.frozen();
    }

    public List<TaskType> getTypes() { return List.of(TaskType.values()); }
    public List<Measure> getMeasures() { return List.of(Measure.values()); }
    public FormChoices getChoices() { return choices; }
    public Editing getEditing() { return editing; }
    public List<SimilarTask> getSimilar() { return similar; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TaskType getType() { return type; }
    public void setType(TaskType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public String getOfficial() { return official; }
    public void setOfficial(String official) { this.official = official; }
    public Integer getFirstYear() { return firstYear; }
    public void setFirstYear(Integer firstYear) { this.firstYear = firstYear; }
    public Integer getLastYear() { return lastYear; }
    public void setLastYear(Integer lastYear) { this.lastYear = lastYear; }
    public List<String> getPartners() { return partners; }
    public void setPartners(List<String> partners) { this.partners = partners == null ? new ArrayList<>() : partners; }
    public String getBudgets() { return budgets; }
    public void setBudgets(String budgets) { this.budgets = budgets; }
    public String getMilestones() { return milestones; }
    public void setMilestones(String milestones) { this.milestones = milestones; }
    public List<IndicatorRow> getIndicators() { return indicators; }
    public String getDifference() { return difference; }
    public void setDifference(String difference) { this.difference = difference; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
