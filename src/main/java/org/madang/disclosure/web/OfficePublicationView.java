package org.madang.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.disclosure.application.OpenViews.OfficeView;
import org.madang.disclosure.application.Publishing;
import org.madang.disclosure.application.Upload;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Formats;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * /office/open/publication.xhtml?id=…: the preview, and every command on one item: confirm the
 * personal-data findings, publish now or at a date, new version with its reason, withdraw with its
 * reason. Each action is one service call followed by a redirect (Post-Redirect-Get).
 */
@Named
@ViewScoped
public class OfficePublicationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Publishing publishing;
    @Inject
    transient Formats formats;

    private Long id;
    private OfficeView view;
    private LocalDateTime publishAt;
    private String reason;
    private String withdrawalReason;
    private boolean personalDataConfirmed;
    private transient Part file;

    public void load() throws IOException {
        try {
            view = id == null ? null : publishing.preview(id);
        } catch (NotFound e) {
            view = null;
        }
        if (view == null) {
            Redirects.notFound();
        }
    }

    public void confirmPersonalData() throws IOException {
        publishing.confirmPersonalData(id);
        Redirects.to(self(), "open.office.confirmed");
    }

    public void publishNow() throws IOException {
        publishing.publish(id, null);
        Redirects.to(self(), "open.office.published");
    }

    public void publishLater() throws IOException {
        if (publishAt == null) {
            org.madang.platform.faces.Messages.add("publishAt", jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    "open.publish.atRequired");
            return;
        }
        Instant at = publishAt.atZone(formats.zoneId()).toInstant();
        publishing.publish(id, at);
        Redirects.to(self(), "open.office.scheduled");
    }

    public void replaceDraftFile() throws IOException {
        Upload upload = Uploads.read(file, "file", publishing.maxFileBytes());
        if (upload != null) {
            publishing.replaceDraftFile(id, upload);
            Redirects.to(self(), "open.office.draftReplaced");
        }
    }

    public void newVersion() throws IOException {
        Upload upload = Uploads.read(file, "versionFile", publishing.maxFileBytes());
        if (upload != null) {
            publishing.newVersion(id, upload, reason, personalDataConfirmed);
            Redirects.to(self(), "open.office.replaced");
        }
    }

    public void withdraw() throws IOException {
        publishing.withdraw(id, withdrawalReason);
        Redirects.to(self(), "open.office.withdrawn");
    }

    private String self() {
        return "/office/open/publication.xhtml?id=" + id;
    }

    public OfficeView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public boolean isPersonalDataConfirmed() {
        return personalDataConfirmed;
    }

    public void setPersonalDataConfirmed(boolean personalDataConfirmed) {
        this.personalDataConfirmed = personalDataConfirmed;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
