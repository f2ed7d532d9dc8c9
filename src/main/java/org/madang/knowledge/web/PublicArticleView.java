package org.madang.knowledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.KnowledgeViews.PublicArticle;
import org.madang.knowledge.application.PublicKnowledge;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;

/** One public article (/knowledge/article.xhtml?id=…); anything not public is not found. */
@Named
@RequestScoped
public class PublicArticleView {
    @Inject
    PublicKnowledge knowledge;

    private Long id;
    private PublicArticle article;

    public void load() throws IOException {
        try {
            article = id == null ? null : knowledge.article(id);
        } catch (NotFound unknown) {
            article = null;
        }
        if (article == null) {
            Redirects.notFound();
        }
    }

    public PublicArticle getArticle() { return article; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
