package org.madang.performance.portfolio.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.portfolio.application.TaskEvaluations;
import org.madang.performance.portfolio.application.TaskEvaluations.Line;
import org.madang.performance.portfolio.application.TaskEvaluations.Sheet;
import org.madang.performance.portfolio.domain.Recommendation;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** /office/performance/tasks/evaluate.xhtml?id=…&amp;year=…: the committee's evaluation of one task for one year. */
@Named
@ViewScoped
public class TaskEvaluationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskEvaluations evaluations;

    private Long id;
    private Integer year;
    private Sheet sheet;
    private List<BigDecimal> actuals = new ArrayList<>();
    private List<String> evidence = new ArrayList<>();
    private Recommendation recommendation;
    private String note;

    public void load() throws IOException {
        try {
            sheet = id == null || year == null ? null : evaluations.sheet(id, year);
        } catch (NotFound | Conflict unknown) {
            sheet = null;
        }
        if (sheet == null) {
            Redirects.notFound();
            return;
        }
        for (Line l : sheet.lines()) {
            actuals.add(l.actual());
            evidence.add(l.evidence());
        }
        recommendation = sheet.recommendation();
        note = sheet.note();
    }

    public void save() throws IOException {
        evaluations.record(id, year, actuals, evidence, recommendation, note);
        Redirects.to("/performance/tasks/task.xhtml?id=" + id, "performance.task.evaluated", year);
    }

    public List<Recommendation> getRecommendations() { return List.of(Recommendation.values()); }
    public Sheet getSheet() { return sheet; }
    public List<BigDecimal> getActuals() { return actuals; }
    public List<String> getEvidence() { return evidence; }
    public Recommendation getRecommendation() { return recommendation; }
    public void setRecommendation(Recommendation recommendation) { this.recommendation = recommendation; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
