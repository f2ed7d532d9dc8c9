package org.madang.services.sharing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.madang.identity.application.RegistryExtracts;
import org.madang.platform.error.Forbidden;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.privacy.PurposeReference;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.Consents;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.application.CaseWorkers;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNotFound;
import org.madang.services.domain.DocumentStatus;
import org.madang.services.domain.IssuanceNumber;
import org.madang.services.domain.IssuedDocument;
import org.madang.services.infrastructure.IssuedDocumentRepository;
import org.madang.services.sharing.application.SharingViews.FetchedDocument;
import org.madang.services.sharing.application.SharingViews.Line;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;
import org.madang.services.sharing.domain.SharedDocument;
import org.madang.services.sharing.infrastructure.SharedDocumentRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The department's side of administrative information sharing: the documents an applicant
 * attached from government records, fetched live from where the government keeps them (the
 * portal's issued certificates, the business registration, the resident registry port) each time
 * an officer of the case's department looks — only while the applicant's consent is in force, and
 * every fetch written to the personal-data access log.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class DocumentSharing {
    static final String PURPOSE = "services.sharing.purpose";

    @Inject
    SharedDocumentRepository shared;
    @Inject
    ApplicationFiling filing;
    @Inject
    CaseWorkers workers;
    @Inject
    Consents consents;
    @Inject
    IssuedDocumentRepository issued;
    @Inject
    RegistryExtracts registry;

    /** Which questions of a case were answered from government records (no document content). */
    public List<SharedDocumentView> onCase(@NotBlank String number) {
        Application a = filing.caseOf(number, workers.me());
        return shared.onApplication(a.getId()).stream().filter(SharedDocument::isActive).map(SharedDocumentView::of)
                .toList();
    }

    /** Fetches one document now; refused once the applicant's consent is withdrawn. */
    @PersonalDataAccess(purpose = PURPOSE, fields = {"sharedDocument"})
    public FetchedDocument fetch(@PurposeReference @NotBlank String number, long sharedId) {
        Application a = filing.caseOf(number, workers.me());
        SharedDocument d = shared.find(sharedId).filter(x -> x.getApplicationId() == a.getId() && x.isActive())
                .orElseThrow(() -> new ApplicationNotFound(number));
        consents.requireActive(a.getApplicantId(), d.getSource().consentScope(), a.getDraftKey());
        Instant now = filing.now();
        List<Line> lines = new ArrayList<>();
        boolean valid = switch (d.getSource()) {
            case ISSUED_CERTIFICATE -> certificate(d, a, now, lines);
            case BUSINESS_REGISTRATION -> registry.businessRegistration(Long.parseLong(d.getReference())).map(b -> {
                lines.add(Line.text("services.sharing.line.businessNumber", b.registrationNumber()));
                lines.add(Line.text("services.sharing.line.businessName", b.name()));
                lines.add(Line.text("services.sharing.line.address", b.address()));
                lines.add(Line.at("services.sharing.line.registeredAt", b.registeredAt()));
                return true;
            }).orElse(false);
            case RESIDENT_REGISTRATION -> registry.residentExtract(a.getApplicantId()).map(r -> {
                lines.add(Line.text("services.sharing.line.name", r.name()));
                lines.add(Line.on("services.sharing.line.birthDate", r.birthDate()));
                lines.add(Line.key("services.sharing.line.region", "region." + r.region()));
                return true;
            }).orElse(false);
        };
        return new FetchedDocument(d.getId(), a.reference(), d.getSource(), now, valid, lines, a.getApplicantId());
    }

    private boolean certificate(SharedDocument d, Application a, Instant now, List<Line> lines) {
        IssuedDocument doc = issued.find(IssuanceNumber.parse(d.getReference()))
                .filter(x -> x.isHeldBy(a.getApplicantId())).orElse(null);
        if (doc == null) {
            return false;
        }
        DocumentStatus status = doc.statusAt(now);
        lines.add(Line.text("services.sharing.line.issuanceNumber", doc.getNumber().toString()));
        lines.add(Line.text("services.sharing.line.title", doc.getTitleKo() + " / " + doc.getTitleEn()));
        lines.add(Line.at("services.sharing.line.issuedAt", doc.getIssuedAt()));
        lines.add(Line.key("services.sharing.line.status", status.labelKey()));
        lines.add(Line.text("services.sharing.line.sha256", doc.getSha256()));
        return status == DocumentStatus.VALID;
    }
}
