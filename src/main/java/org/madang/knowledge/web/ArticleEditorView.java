package org.madang.knowledge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.ArticleEditing;
import org.madang.knowledge.application.KnowledgeViews.EditorChoices;
import org.madang.knowledge.application.KnowledgeViews.EditorContent;
import org.madang.knowledge.domain.ArticleDraft;
import org.madang.knowledge.domain.ArticleKind;
import org.madang.knowledge.domain.Citation;
import org.madang.knowledge.domain.Visibility;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The editor (/office/knowledge/edit.xhtml, ?id=… for a new version): what the officer typed is
 * kept on the page when something is refused; saving makes a draft or a version and shows the article.
 */
@Named
@ViewScoped
public class ArticleEditorView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ArticleEditing editing;

    private Long id;
    private EditorChoices choices;
    private EditorContent current;
    private ArticleKind kind = ArticleKind.MANUAL;
    private String titleKo;
    private String titleEn;
    private String bodyKo;
    private String bodyEn;
    private List<Long> services = new ArrayList<>();
    private List<String> agencies = new ArrayList<>();
    private String citations;
    private LocalDate reviewOn;
    private Visibility visibility = Visibility.DEPARTMENT;
    private Long supersedes;
    private String reason;

    public void load() throws IOException {
        try {
            if (id != null) {
                current = editing.content(id);
                kind = current.kind();
                titleKo = current.titleKo();
                titleEn = current.titleEn();
                bodyKo = current.bodyKo();
                bodyEn = current.bodyEn();
                services = new ArrayList<>(current.serviceIds());
                agencies = new ArrayList<>(current.agencyCodes());
                citations = current.citationLines();
                reviewOn = current.reviewOn();
                visibility = current.visibility();
                supersedes = current.supersedesId();
            }
            choices = editing.choices();
        } catch (NotFound unknown) {
            Redirects.notFound();
        } catch (Forbidden notOurs) {
            Redirects.forbidden();
        }
    }

    public void save() throws IOException {
        List<Citation> cited = new ArrayList<>();
        if (citations != null) {
            for (String line : citations.split("\\R")) {
                if (!line.isBlank()) {
                    cited.add(Citation.parse(line));
                }
            }
        }
        ArticleDraft draft = new ArticleDraft(kind, titleKo, titleEn, bodyKo, bodyEn, new LinkedHashSet<>(services),
                new LinkedHashSet<>(agencies), cited, reviewOn, visibility, supersedes);
        long saved;
        if (id == null) {
            saved = editing.create(draft);
        } else {
            editing.revise(id, draft, reason);
            saved = id;
        }
        Redirects.to(OfficeArticleView.SELF + saved, id == null ? "knowledge.created" : "knowledge.revised");
    }

    public boolean isNew() {
        return id == null;
    }

    public List<ArticleKind> getKinds() {
        return List.of(ArticleKind.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public EditorChoices getChoices() { return choices; }
    public EditorContent getCurrent() { return current; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ArticleKind getKind() { return kind; }
    public void setKind(ArticleKind kind) { this.kind = kind; }
    public String getTitleKo() { return titleKo; }
    public void setTitleKo(String titleKo) { this.titleKo = titleKo; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getBodyKo() { return bodyKo; }
    public void setBodyKo(String bodyKo) { this.bodyKo = bodyKo; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
    public List<Long> getServices() { return services; }
    public void setServices(List<Long> services) { this.services = services == null ? new ArrayList<>() : services; }
    public List<String> getAgencies() { return agencies; }
    public void setAgencies(List<String> agencies) { this.agencies = agencies == null ? new ArrayList<>() : agencies; }
    public String getCitations() { return citations; }
    public void setCitations(String citations) { this.citations = citations; }
    public LocalDate getReviewOn() { return reviewOn; }
    public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public Long getSupersedes() { return supersedes; }
    public void setSupersedes(Long supersedes) { this.supersedes = supersedes; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
