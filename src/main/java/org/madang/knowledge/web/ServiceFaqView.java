package org.madang.knowledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.KnowledgeViews.PublicArticle;
import org.madang.knowledge.application.PublicKnowledge;

import java.util.List;

/** A service page's frequently asked questions (public articles about the service); stateless like the page. */
@Named
@RequestScoped
public class ServiceFaqView {
    @Inject
    PublicKnowledge knowledge;

    private List<PublicArticle> questions = List.of();

    public void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            questions = id == null ? List.of() : knowledge.faqOf(Long.parseLong(id.strip()));
        } catch (NumberFormatException notAnId) {
            questions = List.of(); // the service page itself answers 404
        }
    }

    public List<PublicArticle> getQuestions() {
        return questions;
    }
}
