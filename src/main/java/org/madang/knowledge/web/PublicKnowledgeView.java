package org.madang.knowledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.KnowledgeViews.PublicArticle;
import org.madang.knowledge.application.PublicKnowledge;

import java.util.List;

/** The public section (/knowledge/): public articles, searched with ?q= in either language, paged with ?page=. */
@Named
@RequestScoped
public class PublicKnowledgeView {
    static final int MAX_QUERY = 200;

    @Inject
    PublicKnowledge knowledge;

    private String q;
    private int page;
    private List<PublicArticle> articles = List.of();

    public void load() {
        String query = q == null ? "" : q.strip();
        articles = knowledge.find(query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query, page);
    }

    public boolean isMore() {
        return articles.size() == PublicKnowledge.PAGE_SIZE;
    }

    public List<PublicArticle> getArticles() { return articles; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
