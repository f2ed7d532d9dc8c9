package org.madang.services.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Messages;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.Upload;
import org.madang.services.application.Applying;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the caller's applications: timeline, processing clock, payment, result; answering a
 * supplement request and withdrawing. Somebody else's number gets the 404 page.
 *
 * <p>The page is a stateless (transient) view, read far more often than it is posted to: no view
 * state is kept in the session for it. So the application is read once per request, from the
 * {@code number} parameter, before the view is decoded: a postback's forms carry the number in a
 * hidden field and find their sections rendered as on the page the citizen saw.
 */
@Named
@RequestScoped
public class MyApplicationView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "/my/application.xhtml";
    /** Read at most this much of one uploaded file; the service refuses anything over its limit. */
    private static final int READ_LIMIT = 26 * 1024 * 1024;

    @Inject
    transient Applying applying;

    private String number;
    private ApplicationDetails application;
    private String supplementText;
    private transient List<Part> supplementFiles;
    private boolean confirmWithdrawal;

    @PostConstruct
    void read() {
        number = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("number");
        if (number != null && !number.isBlank()) {
            try {
                application = applying.myApplication(number);
            } catch (NotFound notMine) {
                application = null; // load() answers 404 on the page request
            }
        }
    }

    /** The page's view action: another person's or an unknown number gets the 404 page. */
    public void load() throws IOException {
        if (application == null) {
            Redirects.notFound();
        }
    }

    public void answerSupplement() throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (supplementFiles != null) {
            for (Part p : supplementFiles) {
                if (p != null && p.getSize() > 0) {
                    try (InputStream in = p.getInputStream()) {
                        uploads.add(new Upload(p.getSubmittedFileName(), in.readNBytes(READ_LIMIT)));
                    }
                }
            }
        }
        if (application == null) {
            Redirects.notFound();
            return;
        }
        applying.answerSupplement(application.reference(), supplementText, uploads);
        ApplicationPages.redirect(PAGE, application.reference(), "services.application.supplement.sent");
    }

    public void withdraw() throws IOException {
        if (!confirmWithdrawal) {
            Messages.add("confirmWithdrawal", jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    "services.application.withdraw.confirmRequired");
            return;
        }
        if (application == null) {
            Redirects.notFound();
            return;
        }
        applying.withdraw(application.reference());
        ApplicationPages.redirect(PAGE, application.reference(), "services.application.withdrawn");
    }

    public String getNumber() {
        return number;
    }

    public ApplicationDetails getApplication() {
        return application;
    }

    public String getSupplementText() {
        return supplementText;
    }

    public void setSupplementText(String supplementText) {
        this.supplementText = supplementText;
    }

    public List<Part> getSupplementFiles() {
        return supplementFiles;
    }

    public void setSupplementFiles(List<Part> supplementFiles) {
        this.supplementFiles = supplementFiles;
    }

    public boolean isConfirmWithdrawal() {
        return confirmWithdrawal;
    }

    public void setConfirmWithdrawal(boolean confirmWithdrawal) {
        this.confirmWithdrawal = confirmWithdrawal;
    }
}
