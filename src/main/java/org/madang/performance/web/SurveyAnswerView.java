package org.madang.performance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.performance.application.Surveys;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /my/survey.xhtml?number=…: the question at the end of one's own case, answered once. */
@Named
@ViewScoped
public class SurveyAnswerView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<Integer> SCALE = List.of(5, 4, 3, 2, 1);

    @Inject
    transient Surveys surveys;

    private String number;
    private Surveys.Question question;
    private Integer overall;
    private Integer ease;
    private Integer speed;
    private String comment;

    public void load() throws IOException {
        if (number == null || number.isBlank()) {
            Redirects.notFound();
            return;
        }
        question = surveys.mine(number);
    }

    public void submit() throws IOException {
        surveys.answer(number, value(overall), value(ease), value(speed), comment);
        Redirects.to("/my/survey.xhtml?number=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8),
                "performance.survey.thanks");
    }

    /** An unanswered scale is 0, which the survey refuses with a message on that field. */
    private static int value(Integer v) {
        return v == null ? 0 : v;
    }

    /** Where the case itself is shown (an application's or a disclosure request's own page). */
    public String getCaseLink() {
        return question != null && "DISCLOSURE".equals(question.kind())
                ? "/my/requests/request.xhtml?number=" + number : "/my/application.xhtml?number=" + number;
    }

    public List<Integer> getScale() { return SCALE; }
    public Surveys.Question getQuestion() { return question; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Integer getOverall() { return overall; }
    public void setOverall(Integer overall) { this.overall = overall; }
    public Integer getEase() { return ease; }
    public void setEase(Integer ease) { this.ease = ease; }
    public Integer getSpeed() { return speed; }
    public void setSpeed(Integer speed) { this.speed = speed; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
