package org.madang.disclosure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.application.OpenViews.OfficeLine;
import org.madang.disclosure.application.Publishing;

import java.util.List;

/** /office/open/: the department's publications, drafts and scheduled ones included. */
@Named
@RequestScoped
public class OfficeOpenListView {
    @Inject
    Publishing publishing;

    private List<OfficeLine> lines = List.of();

    public void load() {
        lines = publishing.list();
    }

    public List<OfficeLine> getLines() {
        return lines;
    }
}
