package org.madang.services.bundle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.identity.application.AccountSelfService;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.application.Applying;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.infrastructure.IdempotencyRegister;
import org.madang.services.sharing.application.GovernmentRecords;
import org.madang.services.sharing.domain.DocumentSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filing by API in one transaction: draft, answers, documents from government records (with the
 * consent the request states) and submission happen together or not at all — a request that
 * fails validation leaves nothing behind. An Idempotency-Key makes a retried request answer with
 * what the first one filed instead of filing again; the same key with a different request is refused.
 *
 * <p>Not {@code @Audited} itself: each step it calls is, and an audited method around audited calls
 * would record its failure while its own transaction (rolled back by the failed step) still holds
 * the audit chain's head, and wait for itself.
 */
@Stateless
@RolesAllowed(Roles.BUSINESS_REPRESENTATIVE)
public class ApiFiling {
    static final String APPLICATION = "APPLICATION";
    static final String BUNDLE = "BUNDLE";

    @Inject
    Applying applying;
    @Inject
    BundleApplying bundles;
    @Inject
    BundleCatalogue catalogue;
    @Inject
    GovernmentRecords records;
    @Inject
    AccountSelfService accounts;
    @Inject
    IdempotencyRegister register;
    @Inject
    ApplicationFiling filing;
    @Inject
    CurrentUser currentUser;

    /** A document attached from government records, with the applicant's explicit consent. */
    public record RecordRef(DocumentSource source, String reference, boolean consent) {
    }

    /** What a filing request gave back: the receipt number and whether it was a replay. */
    public record Filed(String number, String kind, boolean replayed) {
    }

    /** A previous filing under this key, if any (refused if the key was used for another request). */
    public Optional<Filed> replay(String idempotencyKey, String requestHash, String kind) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return register.find(currentUser.accountId(), idempotencyKey).map(e -> {
            if (!e.requestHash().equals(requestHash) || !e.kind().equals(kind)) {
                throw new Conflict("api.idempotency.reused");
            }
            return new Filed(e.reference(), e.kind(), true);
        });
    }

    /** Files one application for a business the caller represents. */
    public Filed fileApplication(String idempotencyKey, String requestHash, long serviceId, long businessId,
                                 @NotNull Map<String, String> answers, @NotNull Map<String, RecordRef> fromRecords) {
        Optional<Filed> earlier = replay(idempotencyKey, requestHash, APPLICATION);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String draft = applying.startDraftForBusiness(serviceId, businessId);
        applying.saveDraft(draft, answers);
        attach(draft, fromRecords);
        String number = applying.submit(draft).number();
        remember(idempotencyKey, requestHash, APPLICATION, number);
        return new Filed(number, APPLICATION, false);
    }

    /**
     * Files a bundle: shared answers, each part's answers and documents by the part's service code.
     * Problems are named {@code shared.<key>} and {@code <SERVICE_CODE>.<key>}.
     */
    public Filed fileBundle(String idempotencyKey, String requestHash, long bundleId, long businessId,
                            @NotNull Map<String, String> shared, @NotNull Map<String, Map<String, String>> parts,
                            @NotNull Map<String, Map<String, RecordRef>> fromRecords) {
        Optional<Filed> earlier = replay(idempotencyKey, requestHash, BUNDLE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        BundleView bundle = catalogue.get(bundleId);
        for (String code : parts.keySet()) {
            if (bundle.parts().stream().noneMatch(p -> p.service().code().equals(code))) {
                throw new org.madang.platform.error.InvalidInput("bundle.part.unknown", code).onField("parts." + code);
            }
        }
        String key = bundles.start(bundleId, businessId);
        Map<Integer, Map<String, String>> byPosition = new HashMap<>();
        for (PartSpec p : bundle.parts()) {
            byPosition.put(p.position(), parts.getOrDefault(p.service().code(), Map.of()));
        }
        bundles.saveDraft(key, shared, byPosition);
        BundleViews.FilingDetails draft = bundles.myFiling(key);
        for (BundleViews.PartStatus part : draft.parts()) {
            attach(part.application().reference(), fromRecords.getOrDefault(part.application().service().code(), Map.of()));
        }
        String number = bundles.submit(key).number();
        remember(idempotencyKey, requestHash, BUNDLE, number);
        return new Filed(number, BUNDLE, false);
    }

    private void attach(String draft, Map<String, RecordRef> fromRecords) {
        fromRecords.forEach((field, ref) -> {
            if (!ref.consent()) {
                throw new Forbidden("services.sharing.consentRequired").onField("fromRecords." + field);
            }
            records.attach(draft, field, ref.source(), ref.reference());
        });
    }

    private void remember(String key, String hash, String kind, String number) {
        if (key != null) {
            register.remember(currentUser.accountId(), key, hash, kind, number, filing.now());
        }
    }

    /** The businesses the caller may file for (the API's default when the request names none). */
    public List<Long> myBusinessIds() {
        return accounts.businessesIRepresent().stream().map(m -> m.businessId()).toList();
    }
}
