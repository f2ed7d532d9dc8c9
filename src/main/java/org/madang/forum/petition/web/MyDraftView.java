package org.madang.forum.petition.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.PetitionDrafting;
import org.madang.forum.petition.application.PetitionPages;
import org.madang.forum.petition.application.PetitionViews.DraftView;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;

/** The author's own petition: the private sponsor link, the sponsors so far, and publishing once there are five. */
@Named
@ViewScoped
public class MyDraftView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionDrafting drafting;

    private Long id;
    private DraftView draft;
    private String sponsorLink;

    public void load() throws IOException {
        try {
            draft = id == null ? null : drafting.myDraft(id);
        } catch (NotFound e) {
            draft = null;
        }
        if (draft == null) {
            Redirects.notFound();
            return;
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        int port = ec.getRequestServerPort();
        boolean defaultPort = port == 80 && "http".equals(ec.getRequestScheme()) || port == 443 && "https".equals(ec.getRequestScheme());
        sponsorLink = ec.getRequestScheme() + "://" + ec.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + ec.getRequestContextPath() + PetitionPages.SPONSOR + draft.sponsorToken();
    }

    public void publish() throws IOException {
        drafting.publish(id);
        Redirects.to(PetitionPages.PETITION + id, "petition.published");
    }

    public DraftView getDraft() {
        return draft;
    }

    public String getSponsorLink() {
        return sponsorLink;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
