package org.madang.forum.debate.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.forum.debate.domain.Debate;
import org.madang.forum.debate.infrastructure.DebateRepository;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;

/** An agency's officers open policy debates for their agency and write the summary when one closes. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class DebateAdministration {
    public static final int DOCUMENTS_MAX = 10;

    @Inject
    DebateRepository repo;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    DebateDocuments documents;

    @Audited("debate.open")
    public long open(@NotNull DebateForm f) {
        Debate d = new Debate(myAgency(), f.title(), f.background(), f.audience(), f.region(), f.opensAt(),
                f.closesAt(), currentUser.accountId(), Instant.now(clock));
        repo.add(d);
        return d.getId();
    }

    @Audited("debate.summarize")
    public void summarize(@AuditTarget("debate") long id, @NotNull String text) {
        Debate d = repo.get(id);
        if (!d.getAgencyCode().equals(myAgency())) {
            throw new NotFound("debate.notFound");
        }
        d.summarize(text, Instant.now(clock));
    }

    /** Links a publication of /open/ as background of the agency's debate (at most {@value #DOCUMENTS_MAX}). */
    @Audited("debate.addDocument")
    public void addDocument(@AuditTarget("debate") long id, long publicationId) {
        Debate d = ours(id);
        if (documents.find(publicationId).isEmpty()) {
            throw new InvalidInput("debate.document.unknown").onField("document");
        }
        if (repo.documents(d.getId()).size() >= DOCUMENTS_MAX) {
            throw new InvalidInput("debate.document.tooMany", DOCUMENTS_MAX).onField("document");
        }
        if (!repo.addDocument(d.getId(), publicationId, Instant.now(clock))) {
            throw new Conflict("debate.document.already");
        }
    }

    @Audited("debate.removeDocument")
    public void removeDocument(@AuditTarget("debate") long id, long publicationId) {
        if (!repo.removeDocument(ours(id).getId(), publicationId)) {
            throw new NotFound("debate.document.notLinked");
        }
    }

    private Debate ours(long id) {
        Debate d = repo.get(id);
        if (!d.getAgencyCode().equals(myAgency())) {
            throw new NotFound("debate.notFound");
        }
        return d;
    }

    private String myAgency() {
        try {
            return organisations.myDepartment().department().agencyCode();
        } catch (Forbidden noDepartment) {
            throw new Forbidden("petition.officer.noDepartment");
        }
    }
}
