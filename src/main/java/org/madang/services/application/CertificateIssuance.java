package org.madang.services.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.notification.Notice;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.privacy.PurposeReference;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.services.domain.IssuanceNumber;
import org.madang.services.domain.IssuedDocument;
import org.madang.services.domain.IssuedDocumentFile;
import org.madang.services.infrastructure.IssuedDocumentRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Issues documents (certificates and application results), hands them to their holders, lets the
 * issuing department revoke them, and answers anyone who checks an issuance number.
 *
 * <p>Why a wrong person can never receive a document: the holder travels only inside the
 * {@link IssueRequest} of the call (this bean keeps no per-call state, and the renderer none at
 * all); the stored file carries the holder's id; and every download selects the file by number
 * <em>and</em> by the caller's own account id in one query, so the bytes of someone else's document
 * are never even read.
 */
@Stateless
public class CertificateIssuance {
    @Inject
    IssuedDocumentRepository documents;
    @Inject
    DocumentIssuer issuer;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;

    /**
     * Issues one document and stores it with its file. Called by an officer of the deciding
     * department when an application is approved, or by the holder themself for instant issuance
     * (data the government already holds); nobody else may issue in someone's name.
     */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE})
    @Audited("certificate.issue")
    @PersonalDataAccess(purpose = "services.certificate.purpose.issue", fields = {"name", "certificateContent"})
    public IssuedDocumentView issue(@NotNull @Valid IssueRequest request) {
        requireMayIssueFor(request);
        return issuer.issue(request);
    }

    /** The caller's own documents, newest first. */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR,
            Roles.ELECTION_ADMIN, Roles.ADMIN, Roles.AUDITOR})
    @OwnDataOnly
    public List<IssuedDocumentView> myDocuments() {
        Instant now = Instant.now(clock);
        return documents.heldBy(currentUser.accountId()).stream().map(d -> IssuedDocumentView.of(d, now)).toList();
    }

    /** The caller's own documents issued for one application (for the application's page). */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR,
            Roles.ELECTION_ADMIN, Roles.ADMIN, Roles.AUDITOR})
    @OwnDataOnly
    public List<IssuedDocumentView> myDocumentsFor(@NotBlank String applicationNumber) {
        Instant now = Instant.now(clock);
        return documents.heldBy(currentUser.accountId(), applicationNumber).stream()
                .map(d -> IssuedDocumentView.of(d, now)).toList();
    }

    /**
     * The caller's own document file. Anyone else, whether the number exists or not, gets the same
     * "not found", so the answer does not even tell them that the number is real.
     */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR,
            Roles.ELECTION_ADMIN, Roles.ADMIN, Roles.AUDITOR})
    @OwnDataOnly
    public DocumentFile download(@NotBlank String issuanceNumber) {
        IssuanceNumber n = IssuanceNumber.parse(issuanceNumber);
        long me = currentUser.accountId();
        IssuedDocumentFile file = documents.fileHeldBy(n, me)
                .orElseThrow(() -> new NotFound("services.certificate.notFound"));
        // the query already filtered by holder; checked once more on the row itself, because handing
        // a document to the wrong person is the one mistake this service must never make
        if (file.getHolderAccountId() != me) {
            throw new NotFound("services.certificate.notFound");
        }
        return fileOf(file);
    }

    /** The documents the caller's department issued for one application (the case page). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @PersonalDataAccess(purpose = "services.certificate.purpose.case", fields = {"certificate"})
    public List<IssuedDocumentView> issuedFor(@PurposeReference @NotBlank String applicationNumber) {
        long department = callerDepartmentId();
        Instant now = Instant.now(clock);
        return documents.issuedBy(department, applicationNumber).stream().map(d -> IssuedDocumentView.of(d, now))
                .toList();
    }

    /** A copy of a document for an officer of the department that issued it; the read is logged. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @PersonalDataAccess(purpose = "services.certificate.purpose.departmentCopy",
            fields = {"name", "certificateContent"})
    public DocumentFile departmentCopy(@PurposeReference @NotBlank String issuanceNumber) {
        IssuanceNumber n = IssuanceNumber.parse(issuanceNumber);
        IssuedDocumentFile file = documents.fileIssuedBy(n, callerDepartmentId())
                .orElseThrow(() -> new NotFound("services.certificate.notFound"));
        return fileOf(file);
    }

    /** Withdraws a document; from now on verification answers "revoked", and the holder is told. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Audited("certificate.revoke")
    public void revoke(@AuditTarget("document") @NotBlank String issuanceNumber,
                       @NotBlank @Size(max = 1000) String reason) {
        IssuedDocument d = documents.find(IssuanceNumber.parse(issuanceNumber))
                .orElseThrow(() -> new NotFound("services.certificate.notFound"));
        if (!d.isIssuedBy(callerDepartmentId())) {
            throw new Forbidden("services.certificate.notYourDepartment");
        }
        d.revoke(reason, currentUser.actorId(), Instant.now(clock));
        notices.fire(new Notice(d.getHolderAccountId(), "services.certificate.notice.revoked.subject",
                "services.certificate.notice.revoked.body",
                List.of(d.getNumber().toString(), d.getTitleKo(), d.getTitleEn(), reason.strip()),
                "/my/documents.xhtml", "certificate"));
    }

    /**
     * What anyone may learn about a number: valid, revoked, expired or unknown, the document type,
     * the day of issue, and whether the given file (optional) is the issued one. A malformed number
     * is simply unknown. Never the holder, the application or the content.
     */
    @PermitAll
    public VerificationResult verify(String issuanceNumber, byte[] file) {
        IssuanceNumber n;
        try {
            n = IssuanceNumber.parse(issuanceNumber);
        } catch (InvalidInput malformed) {
            // echo at most what a number could be, not whatever an anonymous caller sent
            String echo = issuanceNumber == null ? null
                    : issuanceNumber.substring(0, Math.min(40, issuanceNumber.length()));
            return VerificationResult.unknown(echo, false);
        }
        return documents.find(n).map(d -> new VerificationResult(
                        VerificationResult.Verdict.of(d.statusAt(Instant.now(clock))), n.toString(), true,
                        d.getDocumentTypeKey(), d.getTitleKo(), d.getTitleEn(),
                        d.getIssuedAt().atZone(issuer.zoneId()).toLocalDate(),
                        file == null || file.length == 0 ? null : d.isFile(file), d.getSha256()))
                .orElseGet(() -> VerificationResult.unknown(n.toString(), true));
    }

    private void requireMayIssueFor(IssueRequest request) {
        long me = currentUser.accountId();
        if (me == request.holderAccountId()) {
            return;
        }
        boolean officer = currentUser.hasRole(Roles.OFFICER) || currentUser.hasRole(Roles.SUPERVISOR);
        if (!officer || callerDepartmentId() != request.issuingDepartmentId()) {
            throw new Forbidden("services.certificate.mayNotIssue");
        }
    }

    /**
     * The calling officer's department as identity records it now, not as remembered in the session
     * at sign-in: an officer moved to another department loses the old department's documents at once.
     */
    private long callerDepartmentId() {
        return organisations.myDepartment().department().id();
    }

    private DocumentFile fileOf(IssuedDocumentFile file) {
        IssuedDocument d = documents.find(file.getNumber())
                .orElseThrow(() -> new NotFound("services.certificate.notFound"));
        byte[] content = file.content();
        return new DocumentFile(d.getNumber().toString(), "madang-" + d.getNumber().digits() + ".pdf", content,
                d.getSha256(), file.getHolderAccountId());
    }

}
