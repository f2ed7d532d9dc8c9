package org.madang.knowledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.KnowledgeViews.PublicArticle;
import org.madang.knowledge.application.PublicKnowledge;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;

/**
 * One public article (/knowledge/article.xhtml?id=…); anything not public is not found. A signed-in
 * reader answers "was this helpful?" (the page is stateless: the form carries the id).
 */
@Named
@RequestScoped
public class PublicArticleView {
    static final String SELF = "/knowledge/article.xhtml?id=";

    @Inject
    PublicKnowledge knowledge;

    private Long id;
    private PublicArticle article;
    private Boolean myVote;

    public void load() throws IOException {
        try {
            article = id == null ? null : knowledge.article(id);
        } catch (NotFound unknown) {
            article = null;
        }
        if (article == null) {
            Redirects.notFound();
            return;
        }
        myVote = knowledge.myVote(id).orElse(null);
    }

    public void helpful() throws IOException {
        knowledge.vote(id, true);
        Redirects.to(SELF + id, "knowledge.voted");
    }

    public void notHelpful() throws IOException {
        knowledge.vote(id, false);
        Redirects.to(SELF + id, "knowledge.voted");
    }

    public Boolean getMyVote() { return myVote; }

    public PublicArticle getArticle() { return article; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
