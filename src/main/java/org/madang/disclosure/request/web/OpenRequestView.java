package org.madang.disclosure.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.PublicRequestLog;
import org.madang.disclosure.request.application.PublicViews.PublicRequest;

/** /open/requests/request.xhtml?number=…: one request as the public sees it (an unknown number: 404). */
@Named
@RequestScoped
public class OpenRequestView {
    @Inject
    PublicRequestLog log;

    private String number;
    private PublicRequest request;

    public void load() {
        request = log.request(number);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public PublicRequest getRequest() { return request; }
}
