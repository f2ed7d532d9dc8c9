package org.madang.forum.debate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.DebateView;

import java.util.List;

/** The public list of policy debates, open ones first. */
@Named
@RequestScoped
public class DebateListView {
    @Inject
    DebateCatalogue catalogue;

    private List<DebateView> open = List.of();
    private List<DebateView> others = List.of();

    public void load() {
        List<DebateView> all = catalogue.debates();
        open = all.stream().filter(DebateView::open).toList();
        others = all.stream().filter(d -> !d.open()).toList();
    }

    public List<DebateView> getOpen() {
        return open;
    }

    public List<DebateView> getOthers() {
        return others;
    }
}
