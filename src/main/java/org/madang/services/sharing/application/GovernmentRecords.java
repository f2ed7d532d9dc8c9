package org.madang.services.sharing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.Views;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ConsentRequest;
import org.madang.privacy.application.Consents;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.application.Catalogue;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.DraftRecords;
import org.madang.services.application.PageAnswers.RecordPick;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNotFound;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.DocumentStatus;
import org.madang.services.domain.FieldType;
import org.madang.services.sharing.application.SharingViews.RecordChoice;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;
import org.madang.services.sharing.domain.DocumentSource;
import org.madang.services.sharing.domain.SharedDocument;
import org.madang.services.sharing.infrastructure.SharedDocumentRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * The applicant's side of administrative information sharing: instead of uploading a document the
 * government already holds, the applicant attaches it "from government records" and consents, for
 * this application, to the department fetching it. The consent goes to the privacy context's
 * register (so it is listed on /my/privacy); taking the document back before filing withdraws it.
 */
@Stateless
@LocalBean
@Local(DraftRecords.class)
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE})
public class GovernmentRecords implements DraftRecords {
    static final String PURPOSE = "services.sharing.consent.purpose";

    @Inject
    SharedDocumentRepository shared;
    @Inject
    ApplicationFiling filing;
    @Inject
    Catalogue catalogue;
    @Inject
    CertificateIssuance certificates;
    @Inject
    AccountSelfService accounts;
    @Inject
    Consents consents;
    @Inject
    CurrentUser currentUser;

    /** What the caller could attach to this application from government records. */
    @OwnDataOnly
    public List<RecordChoice> choices(@NotBlank String draft) {
        Application a = mine(draft);
        long me = currentUser.accountId();
        List<RecordChoice> out = new ArrayList<>();
        certificates.myDocuments().stream().filter(d -> d.status() == DocumentStatus.VALID).forEach(d ->
                out.add(new RecordChoice(DocumentSource.ISSUED_CERTIFICATE, d.issuanceNumber(),
                        d.titleKo() + " (" + d.issuanceNumber() + ")", d.titleEn() + " (" + d.issuanceNumber() + ")", me)));
        if (a.getBusinessId() != null) {
            accounts.businessesIRepresent().stream().filter(m -> m.businessId() == a.getBusinessId()).forEach(m ->
                    out.add(new RecordChoice(DocumentSource.BUSINESS_REGISTRATION, String.valueOf(m.businessId()),
                            "사업자등록증명: " + m.businessName() + " (" + m.registrationNumber() + ")",
                            "Business registration: " + m.businessName() + " (" + m.registrationNumber() + ")", me)));
        }
        if (accounts.myAccount().isVerifiedResident()) {
            out.add(new RecordChoice(DocumentSource.RESIDENT_REGISTRATION, null, "주민등록표 초본",
                    "Resident registration extract", me));
        }
        return out;
    }

    /**
     * Answers a FILE question of a draft with a government-held document, recording the consent
     * (which document, which application, when). Returns the attachment's id.
     */
    @Audited("application.attachFromRecords")
    public long attach(@AuditTarget("application") @NotBlank String draft, @NotBlank String fieldKey,
                       @NotNull DocumentSource source, String reference) {
        Application a = mine(draft);
        a.getStatus().requireOneOf(ApplicationStatus.DRAFT);
        if (!isFileQuestion(a, fieldKey)) {
            throw new InvalidInput("services.application.field.unknown", fieldKey).onField(fieldKey);
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (!offered(choices(draft), source, ref)) {
            throw new InvalidInput("services.sharing.notAvailable").onField(fieldKey);
        }
        return attachTo(a, fieldKey, source, ref);
    }

    /**
     * The documents a form page chose, each attached only with its consent box ticked and only if
     * it is on offer to the caller; each one refused comes back as a problem on its question (all
     * was checked before the consent register is touched, see {@link #takeBack}).
     */
    @Override
    @Audited("application.attachFromRecords")
    public List<Problem> attachChosen(@AuditTarget("application") String draft, List<RecordPick> picks) {
        Application a = mine(draft);
        a.getStatus().requireOneOf(ApplicationStatus.DRAFT);
        List<RecordChoice> offered = choices(draft);
        List<Problem> refused = new ArrayList<>();
        for (RecordPick pick : picks) {
            int colon = pick.choice().indexOf(':');
            DocumentSource source = colon < 0 ? null : source(pick.choice().substring(0, colon));
            String ref = colon < 0 || pick.choice().substring(colon + 1).isBlank() ? null
                    : pick.choice().substring(colon + 1).strip();
            if (!pick.consent()) {
                refused.add(new Problem(pick.fieldKey(), "services.sharing.consentRequired", List.of()));
            } else if (source == null || !isFileQuestion(a, pick.fieldKey()) || !offered(offered, source, ref)) {
                refused.add(new Problem(pick.fieldKey(), "services.sharing.notAvailable", List.of()));
            } else {
                attachTo(a, pick.fieldKey(), source, ref);
            }
        }
        return refused;
    }

    private boolean isFileQuestion(Application a, String fieldKey) {
        return catalogue.form(a.getServiceId()).fields().stream()
                .anyMatch(f -> f.key().equals(fieldKey) && f.type() == FieldType.FILE);
    }

    private static DocumentSource source(String name) {
        try {
            return DocumentSource.valueOf(name);
        } catch (IllegalArgumentException notOffered) {
            return null;
        }
    }

    private static boolean offered(List<RecordChoice> choices, DocumentSource source, String ref) {
        return choices.stream().anyMatch(c -> c.source() == source && java.util.Objects.equals(c.reference(), ref));
    }

    private long attachTo(Application a, String fieldKey, DocumentSource source, String ref) {
        shared.onApplication(a.getId()).stream().filter(d -> d.isActive() && d.getFieldKey().equals(fieldKey))
                .forEach(d -> takeBack(d));
        ServiceView service = catalogue.get(a.getServiceId());
        long consent = consents.give(ConsentRequest.withdrawable(source.consentScope(), service.agencyCode(), PURPOSE,
                a.getDraftKey()));
        SharedDocument d = new SharedDocument(a.getId(), a.getServiceId(), a.getApplicantId(), fieldKey, source, ref,
                consent, filing.now());
        shared.add(d);
        return d.getId();
    }

    /** Takes a government-record attachment back, withdrawing its consent; only before filing. */
    @Override
    @Audited("application.detachFromRecords")
    public void detach(@AuditTarget("application") String draft, long sharedId) {
        Application a = mine(draft);
        a.getStatus().requireOneOf(ApplicationStatus.DRAFT);
        SharedDocument d = shared.find(sharedId).filter(x -> x.getApplicationId() == a.getId())
                .orElseThrow(() -> new ApplicationNotFound(draft));
        if (!d.isActive()) {
            // refused before the consent register is touched (see takeBack)
            throw new org.madang.platform.error.Conflict("services.sharing.alreadyWithdrawn");
        }
        takeBack(d);
    }

    /** The government-record attachments of one of the caller's applications. */
    @OwnDataOnly
    public List<SharedDocumentView> onMyApplication(@NotBlank String reference) {
        return shared.onApplication(mine(reference).getId()).stream().map(SharedDocumentView::of).toList();
    }

    /**
     * Withdraws the consent (an audited call of its own) and then the attachment; everything that
     * could refuse is checked before, since a failure after a nested audited success would make
     * the audit trail wait for its own transaction.
     */
    private void takeBack(SharedDocument d) {
        consents.withdraw(d.getConsentId());
        d.withdraw(filing.now());
    }

    private Application mine(String reference) {
        Application a = filing.find(reference).orElseThrow(() -> new ApplicationNotFound(reference));
        a.requireOwner(currentUser.accountId());
        return a;
    }
}
