package org.madang.services.sharing.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.error.BusinessException;
import org.madang.services.sharing.application.DocumentSharing;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;

import java.io.Serializable;
import java.util.List;

/**
 * The case page's list of documents attached from government records. Only which questions and
 * which sources: the documents themselves are fetched (and logged) when the officer opens one.
 */
@Named
@ViewScoped
public class CaseRecordsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentSharing sharing;

    private List<SharedDocumentView> documents = List.of();

    public void load() {
        String number = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("number");
        try {
            documents = number == null || number.isBlank() ? List.of() : sharing.onCase(number);
        } catch (BusinessException notOurs) {
            documents = List.of(); // the case page itself answers 403/404
        }
    }

    public List<SharedDocumentView> getDocuments() {
        return documents;
    }
}
