package org.madang.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.IssuedDocumentView;

import java.io.Serializable;
import java.util.List;

/** "My documents": the caller's issued documents with download and verification links. */
@Named
@ViewScoped
public class MyDocumentsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateIssuance issuance;

    private List<IssuedDocumentView> documents = List.of();

    public void load() {
        documents = issuance.myDocuments();
    }

    public List<IssuedDocumentView> getDocuments() {
        return documents;
    }
}
