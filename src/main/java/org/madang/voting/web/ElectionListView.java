package org.madang.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.PublicBoard;

import java.util.List;

/** /vote/: the public list of elections. */
@Named
@RequestScoped
public class ElectionListView {
    @Inject
    PublicBoard board;

    private List<ElectionViews.Summary> elections = List.of();

    public void load() {
        elections = board.elections();
    }

    public List<ElectionViews.Summary> getElections() {
        return elections;
    }
}
