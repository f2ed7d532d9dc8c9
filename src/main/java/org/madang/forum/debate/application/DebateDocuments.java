package org.madang.forum.debate.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.disclosure.application.OpenCatalogue;
import org.madang.disclosure.application.OpenViews.PublicationView;
import org.madang.forum.debate.application.DebateViews.DocumentLink;
import org.madang.platform.error.NotFound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A debate's background documents are publications of the open-information context, read through
 * its public catalogue only: what anyone may see at /open/ may be linked, and is shown with the
 * title it has there now. One no longer public (withdrawn before publication, never published) is
 * left out rather than shown broken. The catalogue's "not found" would mark the caller's
 * transaction for rollback, so each look-up runs outside it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DebateDocuments {
    @Inject
    OpenCatalogue open;

    /**
     * The publication as a link, or empty when /open/ shows no such publication. Nothing is thrown
     * from here: a business exception would roll back the unspecified context this runs in.
     */
    public Optional<DocumentLink> find(long publicationId) {
        try {
            PublicationView p = open.publication(publicationId);
            return Optional.of(new DocumentLink(p.id(), p.titleKo(), p.titleEn()));
        } catch (NotFound notPublic) {
            return Optional.empty();
        }
    }

    public List<DocumentLink> of(List<Long> publicationIds) {
        List<DocumentLink> out = new ArrayList<>(publicationIds.size());
        for (long id : publicationIds) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

}
