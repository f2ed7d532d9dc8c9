package org.madang.services.bundle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.services.domain.DraftKeys;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.Views;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.services.application.ApplicationAnswersInvalid;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.application.Applying;
import org.madang.services.bundle.application.BundleViews.BundleReceipt;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.FilingSummary;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.domain.BundleFiling;
import org.madang.services.bundle.domain.FilingPart;
import org.madang.services.bundle.infrastructure.BundleRepository;
import org.madang.services.domain.Application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A business representative's one-stop filings: one combined form (the shared questions once,
 * then each service's own), one receipt number, and one application per service fanned out to
 * each department's queue — a part that depends on another is held until that one is approved
 * ({@link BundlePrerequisites}). Acts only for businesses the caller represents by an approved
 * mandate, and only on the caller's own filings (another's looks like one that does not exist).
 */
@Stateless
@RolesAllowed(Roles.BUSINESS_REPRESENTATIVE)
public class BundleApplying {
    @Inject
    BundleRepository repository;
    @Inject
    BundleCatalogue bundles;
    @Inject
    ApplicationFiling filing;
    @Inject
    Applying applying;
    @Inject
    AccountSelfService accounts;
    @Inject
    BundleReadModels views;
    @Inject
    CurrentUser currentUser;
    @Inject
    BundleSubmission steps;

    /** Starts a filing of the bundle for a business the caller represents; returns the draft's key. */
    @Audited("bundle.startDraft")
    public String start(@AuditTarget("bundle") long bundleId, long businessId) {
        Views.MandateView mandate = accounts.businessesIRepresent().stream().filter(m -> m.businessId() == businessId)
                .findFirst().orElseThrow(() -> new Forbidden("services.application.notYourBusiness").onField("business"));
        BundleView bundle = bundles.get(bundleId);
        Views.AccountDetails me = accounts.myAccount();
        Instant now = filing.now();
        BundleFiling f = new BundleFiling(bundleId, me.id(), me.name(), businessId, DraftKeys.next(), now);
        for (PartSpec p : bundle.parts()) {
            Application a = filing.startDraft(p.service().id(), me.id(), me.name(), businessId);
            f.addPart(p.position(), p.service().id(), a.getId(), p.requiresPosition());
        }
        // what the portal already knows about the business is not asked again
        Map<String, String> known = new HashMap<>();
        known.put("businessNumber", mandate.registrationNumber());
        known.put("tradeName", mandate.businessName());
        known.put("representative", me.name());
        known.keySet().retainAll(bundle.sharedFields().stream().map(d -> d.key()).toList());
        f.saveAnswers(known);
        repository.add(f);
        steps.copyShared(f, bundle);
        return f.getDraftKey();
    }

    /**
     * Saves the combined form: shared answers, and each part's own answers by part position. Shared
     * answers are copied into the parts' forms at once, so every part's draft stays complete.
     */
    @Audited("bundle.saveDraft")
    public void saveDraft(@AuditTarget("bundle") @NotBlank String reference, @NotNull Map<String, String> shared,
                          @NotNull Map<Integer, Map<String, String>> parts) {
        BundleFiling f = mine(reference);
        BundleView bundle = bundles.get(f.getBundleId());
        List<String> unknown = shared.keySet().stream()
                .filter(k -> bundle.sharedFields().stream().noneMatch(d -> d.key().equals(k))).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("services.application.field.unknown", unknown.get(0)).onField("shared." + unknown.get(0));
        }
        List<Problem> impossible = steps.impossible(f, bundle, shared, parts);
        if (!impossible.isEmpty()) {
            throw new ApplicationAnswersInvalid(impossible);
        }
        f.saveAnswers(shared);
        for (Map.Entry<Integer, Map<String, String>> e : parts.entrySet()) {
            FilingPart part = f.getParts().stream().filter(p -> p.getPosition() == e.getKey()).findFirst()
                    .orElseThrow(() -> new InvalidInput("bundle.part.unknown", String.valueOf(e.getKey())));
            PartSpec spec = bundle.part(part.getPosition());
            Map<String, String> own = new HashMap<>(e.getValue());
            // a shared question is answered once, above: a part cannot answer it differently
            own.keySet().removeIf(k -> spec.ownFields().stream().noneMatch(d -> d.key().equals(k)));
            filing.saveAnswers(filing.byId(part.getApplicationId()), own);
        }
        steps.copyShared(f, bundle);
    }

    /** Adds a file to a part's FILE question; returns the attachment's id. */
    @Audited("bundle.addAttachment")
    public long addAttachment(@AuditTarget("bundle") @NotBlank String reference, int position,
                              @NotBlank String fieldKey, @Size(max = 500) String fileName, @NotNull byte[] content) {
        BundleFiling f = mine(reference);
        return applying.addAttachment(steps.part(f, position).getDraftKey(), fieldKey, fileName, content);
    }

    @Audited("bundle.removeAttachment")
    public void removeAttachment(@AuditTarget("bundle") @NotBlank String reference, int position, long attachmentId) {
        BundleFiling f = mine(reference);
        applying.removeAttachment(steps.part(f, position).getDraftKey(), attachmentId);
    }

    /**
     * Files the whole bundle or nothing: every answer of every part is checked first (problems are
     * named {@code shared.<key>} and {@code <SERVICE_CODE>.<key>}); then one receipt number, held
     * parts first (so an instant approval can already release them), then the others to their queues.
     */
    @Audited("bundle.submit")
    public BundleReceipt submit(@NotBlank String reference) {
        BundleFiling f = mine(reference);
        if (!f.isDraft()) {
            throw new InvalidInput("bundle.alreadySubmitted", f.reference());
        }
        BundleView bundle = bundles.get(f.getBundleId());
        steps.copyShared(f, bundle);
        List<Problem> problems = steps.problems(f, bundle);
        if (!problems.isEmpty()) {
            throw new ApplicationAnswersInvalid(problems);
        }
        return steps.file(f, bundle);
    }

    /**
     * Withdraws every part not yet decided, each through the one-application withdrawal (audit,
     * notice); a part held for a withdrawn one is closed with it. Decided parts stay as they are.
     * Returns how many parts were withdrawn.
     */
    @Audited("bundle.withdraw")
    public int withdraw(@AuditTarget("bundle") @NotBlank String reference) {
        BundleFiling f = mine(reference);
        if (f.isDraft()) {
            throw new InvalidInput("bundle.withdraw.draft", f.reference());
        }
        int withdrawn = 0;
        for (FilingPart part : f.getParts()) {
            Application a = filing.byId(part.getApplicationId());
            if (BundleViews.isWithdrawable(a.getStatus())) {
                applying.withdraw(a.reference());
                withdrawn++;
            }
        }
        if (withdrawn == 0) {
            throw new InvalidInput("bundle.withdraw.nothing", f.reference());
        }
        return withdrawn;
    }

    /** The caller's filings, newest first (drafts included). */
    @OwnDataOnly
    public List<FilingSummary> myFilings() {
        return repository.ofApplicant(currentUser.accountId()).stream()
                .map(f -> views.summary(f, bundles.get(f.getBundleId()))).toList();
    }

    /** One of the caller's filings: the one status, each part's status, timeline and due date. */
    @OwnDataOnly
    public FilingDetails myFiling(@NotBlank String reference) {
        BundleFiling f = mine(reference);
        return views.details(f, bundles.get(f.getBundleId()));
    }

    /** The bundles the caller may file (all on offer; the business is chosen when starting). */
    public List<BundleView> offered() {
        return bundles.all();
    }

    /** The businesses the caller may file for. */
    @OwnDataOnly
    public List<BundleViews.RepresentedBusiness> myBusinesses() {
        return accounts.businessesIRepresent().stream().map(m -> new BundleViews.RepresentedBusiness(m.businessId(),
                m.businessName(), m.registrationNumber(), m.representativeId())).toList();
    }

    private BundleFiling mine(String reference) {
        return steps.mine(reference, currentUser.accountId());
    }
}
