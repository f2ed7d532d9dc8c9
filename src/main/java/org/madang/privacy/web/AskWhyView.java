package org.madang.privacy.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.privacy.application.AccessQuestions;
import org.madang.privacy.application.MyPrivacy;
import org.madang.privacy.application.PrivacyViews;

import java.io.IOException;
import java.io.Serializable;

/** /my/privacy/ask.xhtml?entry=N: ask the reader's agency why one read of my data happened. */
@Named
@ViewScoped
public class AskWhyView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MyPrivacy myPrivacy;
    @Inject
    AccessQuestions questions;

    private long entry;
    private PrivacyViews.AccessView access;
    private String question;

    public void load() {
        access = myPrivacy.myAccess(entry);
    }

    public void ask() throws IOException {
        long id = questions.ask(entry, question);
        Redirects.to("/my/privacy/questions.xhtml", "privacy.question.sent", id);
    }

    public long getEntry() {
        return entry;
    }

    public void setEntry(long entry) {
        this.entry = entry;
    }

    public PrivacyViews.AccessView getAccess() {
        return access;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
