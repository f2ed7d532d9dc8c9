package org.madang.knowledge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.ArticlePublishing;
import org.madang.knowledge.application.ArticleReading;
import org.madang.knowledge.application.KnowledgeViews.ArticleDetails;
import org.madang.knowledge.application.StatuteAmendments;
import org.madang.knowledge.domain.Visibility;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One article as an officer reads it (/office/knowledge/article.xhtml?id=…): versions, use, and the supervisor's actions. */
@Named
@ViewScoped
public class OfficeArticleView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String SELF = "/office/knowledge/article.xhtml?id=";

    @Inject
    transient ArticleReading reading;
    @Inject
    transient ArticlePublishing publishing;
    @Inject
    transient StatuteAmendments amendments;

    private Long id;
    private ArticleDetails article;
    private Visibility visibility;
    private String withdrawReason;
    private String amendedCitation;
    private LocalDate amendedOn;

    public void load() throws IOException {
        try {
            article = id == null ? null : reading.article(id);
        } catch (NotFound unknown) {
            article = null;
        } catch (Forbidden otherDepartment) {
            Redirects.forbidden();
            return;
        }
        if (article == null) {
            Redirects.notFound();
            return;
        }
        visibility = article.visibility();
    }

    public void publish() throws IOException {
        publishing.publish(id, visibility);
        Redirects.to(SELF + id, "knowledge.published");
    }

    public void withdraw() throws IOException {
        publishing.withdraw(id, withdrawReason);
        Redirects.to(SELF + id, "knowledge.withdrawn");
    }

    public void noteAmendment() throws IOException {
        int outdated = amendments.note(id, amendedCitation, amendedOn);
        Redirects.to(SELF + id, "knowledge.amendment.noted", outdated);
    }

    public void helpful() throws IOException {
        reading.vote(id, true);
        Redirects.to(SELF + id, "knowledge.voted");
    }

    public void notHelpful() throws IOException {
        reading.vote(id, false);
        Redirects.to(SELF + id, "knowledge.voted");
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public ArticleDetails getArticle() {
        return article;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getAmendedCitation() { return amendedCitation; }
    public void setAmendedCitation(String amendedCitation) { this.amendedCitation = amendedCitation; }
    public LocalDate getAmendedOn() { return amendedOn; }
    public void setAmendedOn(LocalDate amendedOn) { this.amendedOn = amendedOn; }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
