package org.madang.disclosure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.application.OpenCatalogue;
import org.madang.disclosure.application.OpenViews.PublicationView;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;

import java.io.IOException;

/** /open/publication.xhtml?id=…: one item with every version and its downloads; withdrawn ones keep their page. */
@Named
@RequestScoped
public class PublicationPageView {
    @Inject
    OpenCatalogue catalogue;

    private Long id;
    private PublicationView publication;

    public void load() throws IOException {
        try {
            publication = id == null ? null : catalogue.publication(id);
        } catch (NotFound e) {
            publication = null;
        }
        if (publication == null) {
            Redirects.notFound();
        }
    }

    public PublicationView getPublication() {
        return publication;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
