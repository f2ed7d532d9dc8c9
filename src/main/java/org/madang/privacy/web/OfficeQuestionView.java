package org.madang.privacy.web;

import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.AccessQuestions;
import org.madang.privacy.application.PrivacyViews;

import java.io.IOException;
import java.io.Serializable;

/** /office/privacy/question.xhtml?id=N: one question, the read it is about, and the answer form. */
@Named
@ViewScoped
public class OfficeQuestionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccessQuestions questions;

    private long id;
    private PrivacyViews.QuestionDetails details;
    private String answer;

    /**
     * Opening the question is itself logged for the citizen (purpose: answering their question). An
     * unknown question and another agency's answer alike with a 404, never with a page that shows it exists.
     */
    public void load() throws IOException {
        try {
            details = questions.open(id);
        } catch (NotFound notOurs) {
            Redirects.notFound();
        }
    }

    public void send() throws IOException {
        questions.answer(id, answer);
        Redirects.to("/office/privacy/", "privacy.question.answered", id);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public PrivacyViews.QuestionDetails getDetails() {
        return details;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
