package org.madang.disclosure.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.DisclosureQueue;
import org.madang.disclosure.request.application.RequestViews.RequestSummary;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /office/requests/: the department's disclosure queue, the most urgent first. */
@Named
@ViewScoped
public class RequestQueueView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DisclosureQueue queue;

    private List<RequestSummary> requests = List.of();

    public void load() {
        requests = queue.queue();
    }

    public void claim(String number) throws IOException {
        queue.claim(number);
        Redirects.to("/office/requests/request.xhtml?number=" + number, "disclosure.request.claimed", number);
    }

    public List<RequestSummary> getRequests() {
        return requests;
    }
}
