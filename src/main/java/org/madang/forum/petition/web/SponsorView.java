package org.madang.forum.petition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.petition.application.PetitionDrafting;
import org.madang.forum.petition.application.PetitionPages;
import org.madang.forum.petition.application.PetitionViews.SponsorStanding;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The private sponsor link: the draft as written, and sponsoring it (once per resident). */
@Named
@ViewScoped
public class SponsorView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionDrafting drafting;

    private String token;
    private SponsorStanding standing;

    public void load() throws IOException {
        try {
            standing = token == null || token.isBlank() ? null : drafting.sponsorStanding(token);
        } catch (NotFound e) {
            standing = null;
        }
        if (standing == null) {
            Redirects.notFound();
        }
    }

    public void sponsor() throws IOException {
        drafting.sponsor(token);
        Redirects.to(PetitionPages.SPONSOR + URLEncoder.encode(token, StandardCharsets.UTF_8), "petition.sponsored");
    }

    public SponsorStanding getStanding() {
        return standing;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
