package org.madang.services.sharing.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.services.sharing.application.DocumentSharing;
import org.madang.services.sharing.application.SharingViews.FetchedDocument;

import java.io.IOException;
import java.io.Serializable;

/**
 * One document attached from government records, fetched live for the officer (each opening is a
 * fetch and a line in the applicant's access log). A withdrawn consent shows why nothing is shown.
 */
@Named
@ViewScoped
public class FetchedDocumentView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentSharing sharing;

    private String number;
    private long id;
    private FetchedDocument document;
    private boolean consentWithdrawn;

    public void load() throws IOException {
        try {
            document = sharing.fetch(number == null ? "" : number, id);
        } catch (Forbidden refused) {
            if ("consent.notActive".equals(refused.messageKey())) {
                consentWithdrawn = true;
                return;
            }
            error(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFound | InvalidInput unknown) {
            error(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void error(int status) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().responseSendError(status, null);
        fc.responseComplete();
    }

    public FetchedDocument getDocument() {
        return document;
    }

    public boolean isConsentWithdrawn() {
        return consentWithdrawn;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
