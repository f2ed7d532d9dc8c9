package org.madang.forum.debate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.DebateView;
import org.madang.forum.debate.application.DebateViews.PostingStanding;
import org.madang.forum.debate.application.DebateViews.ThreadPage;
import org.madang.forum.debate.application.Posting;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.io.IOException;
import java.util.List;

/** One debate: its topic, a page of threads (keyset), each with its first replies, and the summary once closed. */
@Named
@RequestScoped
public class DebatePageView {
    static final List<String> SORTS = List.of("newest", "agreed", "official");

    @Inject
    DebateCatalogue catalogue;
    @Inject
    Posting posting;
    @Inject
    CurrentUser currentUser;

    private Long id;
    private String sort;
    private String cursor;
    private DebateView debate;
    private ThreadPage page;
    private PostingStanding standing;

    public void load() throws IOException {
        try {
            debate = id == null ? null : catalogue.get(id);
        } catch (NotFound e) {
            debate = null;
        }
        if (debate == null) {
            Redirects.notFound();
            return;
        }
        if (sort == null || !SORTS.contains(sort)) {
            sort = "newest";
        }
        page = catalogue.threads(id, sort, cursor);
        if (currentUser.hasRole(Roles.CITIZEN)) {
            standing = posting.standing(id);
        }
    }

    public DebateView getDebate() {
        return debate;
    }

    public ThreadPage getPage() {
        return page;
    }

    public PostingStanding getStanding() {
        return standing;
    }

    public List<String> getSorts() {
        return SORTS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
