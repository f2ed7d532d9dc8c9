package org.madang.knowledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.ArticleReading;
import org.madang.knowledge.application.KnowledgeViews.ArticleList;

/** The officers' list (/office/knowledge/): a GET page, searched with ?q=, "needs review" only with ?review=true. */
@Named
@RequestScoped
public class KnowledgeListView {
    static final int MAX_QUERY = 200;

    @Inject
    ArticleReading reading;

    private String q;
    private boolean review;
    private ArticleList list;

    public void load() {
        String query = q == null ? "" : q.strip();
        list = reading.list(query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query, review);
    }

    public ArticleList getList() {
        return list;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isReview() {
        return review;
    }

    public void setReview(boolean review) {
        this.review = review;
    }
}
