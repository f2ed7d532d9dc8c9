package org.madang.voting.web.poll;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.voting.application.poll.PollAdministration;
import org.madang.voting.application.poll.PollViews.PollView;

import java.io.IOException;
import java.io.Serializable;

/** One poll's set-up: answers or projects while it is a draft, then open; close early once open. */
@Named
@ViewScoped
public class PollAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PollAdministration admin;

    private Long id;
    private PollView poll;
    private String labelKo;
    private String labelEn;
    private String descriptionKo;
    private String descriptionEn;
    private Long costKrw;

    public void load() throws IOException {
        if (id == null) {
            Redirects.notFound();
            return;
        }
        poll = admin.get(id);
    }

    public void addOption() throws IOException {
        admin.addOption(id, labelKo, labelEn, descriptionKo, descriptionEn, costKrw);
        Redirects.to(PollPages.ADMIN_POLL + id, "poll.setup.optionAdded");
    }

    public void removeOption(int position) throws IOException {
        admin.removeOption(id, position);
        Redirects.to(PollPages.ADMIN_POLL + id, "poll.setup.optionRemoved");
    }

    public void open() throws IOException {
        admin.open(id);
        Redirects.to(PollPages.ADMIN_POLL + id, "poll.setup.opened");
    }

    public void close() throws IOException {
        admin.close(id);
        Redirects.to(PollPages.ADMIN_POLL + id, "poll.setup.closed");
    }

    public PollView getPoll() {
        return poll;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLabelKo() {
        return labelKo;
    }

    public void setLabelKo(String labelKo) {
        this.labelKo = labelKo;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getDescriptionKo() {
        return descriptionKo;
    }

    public void setDescriptionKo(String descriptionKo) {
        this.descriptionKo = descriptionKo;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Long getCostKrw() {
        return costKrw;
    }

    public void setCostKrw(Long costKrw) {
        this.costKrw = costKrw;
    }
}
