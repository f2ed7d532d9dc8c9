package org.madang.disclosure.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.disclosure.request.application.RequestViews.RequestView;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/**
 * /my/requests/request.xhtml?number=…: one of my requests, its timeline and decision; the
 * clarification answer and the objection forms when they apply. Another's number answers 404.
 */
@Named
@ViewScoped
public class MyDisclosureRequestView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestFiling filing;

    private String number;
    private RequestView request;
    private String answer;
    private String objection;

    public void load() {
        request = filing.myRequest(number);
    }

    public void answerClarification() throws IOException {
        filing.answerClarification(number, answer);
        Redirects.to(self(), "disclosure.request.clarification.sent");
    }

    public void object() throws IOException {
        filing.object(number, objection);
        Redirects.to(self(), "disclosure.request.objection.sent");
    }

    private String self() {
        return "/my/requests/request.xhtml?number=" + request.number();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public RequestView getRequest() { return request; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getObjection() { return objection; }
    public void setObjection(String objection) { this.objection = objection; }
}
