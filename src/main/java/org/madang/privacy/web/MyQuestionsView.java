package org.madang.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.AccessQuestions;
import org.madang.privacy.application.PrivacyViews;

import java.util.List;

/** /my/privacy/questions.xhtml: my "why?" questions and their answers; overdue ones marked. */
@Named
@RequestScoped
public class MyQuestionsView {
    @Inject
    AccessQuestions questions;

    private List<PrivacyViews.QuestionView> mine;

    public void load() {
        mine = questions.mine();
    }

    public List<PrivacyViews.QuestionView> getMine() {
        return mine;
    }
}
