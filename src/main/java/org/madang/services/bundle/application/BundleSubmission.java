package org.madang.services.bundle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.application.ApplicationFormCheck;
import org.madang.services.bundle.application.BundleViews.BundleReceipt;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.domain.BundleFiling;
import org.madang.services.bundle.domain.BusinessBundle;
import org.madang.services.bundle.domain.FilingPart;
import org.madang.services.bundle.infrastructure.BundleRepository;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNotFound;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.ApplicationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a bundle's filing that its services share ({@link BundleApplying} and the combined
 * form's page commands, {@link BundleForm}): finding the caller's filing, copying the shared
 * answers into the parts, checking everything and filing it under one receipt number. Problems are
 * named {@code shared.<key>} and {@code <SERVICE_CODE>.<key>}. Not a boundary: callers check who may do it.
 */
@ApplicationScoped
public class BundleSubmission {
    @Inject
    BundleRepository repository;
    @Inject
    ApplicationFiling filing;
    @Inject
    BundleReadModels views;

    /** One of {@code accountId}'s filings; another's answers exactly like one that does not exist. */
    BundleFiling mine(String reference, long accountId) {
        BundleFiling f = repository.findByReference(reference).orElseThrow(() -> new ApplicationNotFound(reference));
        if (!f.isOwnedBy(accountId)) {
            throw new ApplicationNotFound(reference);
        }
        return f;
    }

    /** Every problem of the shared answers and of every part, against the forms. */
    List<Problem> problems(BundleFiling f, BundleView bundle) {
        List<Problem> problems = new ArrayList<>();
        ApplicationFormCheck.problems(bundle.sharedFields(), f.getAnswers(), java.util.Set.of())
                .forEach(p -> problems.add(new Problem("shared." + p.fieldKey(), p.messageKey(), p.arguments())));
        for (FilingPart part : f.getParts()) {
            problems.addAll(named(bundle, part.getPosition(), filing.problems(filing.byId(part.getApplicationId()))));
        }
        return problems;
    }

    /**
     * What no draft may hold (a date like 2026-13-45, an option not offered, text over the limit),
     * named as submission names problems (the caller saves nothing while one remains).
     */
    List<Problem> impossible(BundleFiling f, BundleView bundle, Map<String, String> shared,
                             Map<Integer, Map<String, String>> parts) {
        List<Problem> impossible = new ArrayList<>();
        ApplicationFormCheck.draftProblems(bundle.sharedFields(), shared)
                .forEach(p -> impossible.add(new Problem("shared." + p.fieldKey(), p.messageKey(), p.arguments())));
        for (Map.Entry<Integer, Map<String, String>> e : parts.entrySet()) {
            if (f.getParts().stream().anyMatch(p -> p.getPosition() == e.getKey())) {
                PartSpec spec = bundle.part(e.getKey());
                ApplicationFormCheck.draftProblems(spec.ownFields(), e.getValue()).forEach(p -> impossible.add(
                        new Problem(spec.service().code() + "." + p.fieldKey(), p.messageKey(), p.arguments())));
            }
        }
        return impossible;
    }

    /** A part's problems named by its service's code. */
    static List<Problem> named(BundleView bundle, int position, List<Problem> problems) {
        String code = bundle.part(position).service().code();
        return problems.stream().map(p -> new Problem(code + "." + p.fieldKey(), p.messageKey(), p.arguments()))
                .toList();
    }

    /**
     * Files a checked bundle: one receipt number, held parts first (so an instant approval can
     * already release them), then the others to their queues.
     */
    BundleReceipt file(BundleFiling f, BundleView bundle) {
        Instant now = filing.now();
        ApplicationNumber receipt = filing.nextNumber(now);
        f.submit(receipt, now);
        f.getParts().stream().filter(FilingPart::waitsForAnother)
                .forEach(p -> filing.hold(filing.byId(p.getApplicationId())));
        f.getParts().stream().filter(p -> !p.waitsForAnother())
                .forEach(p -> filing.file(filing.byId(p.getApplicationId()), false));
        FilingDetails d = views.details(f, bundle);
        return new BundleReceipt(f.reference(), d.progress(), now, d.dueAt(),
                d.parts().stream().map(p -> p.application().reference()).toList());
    }

    /** Copies the shared answers into every part's mapped questions (drafts only). */
    void copyShared(BundleFiling f, BundleView bundle) {
        BusinessBundle definition = repository.bundle(f.getBundleId()).orElseThrow();
        for (FilingPart part : f.getParts()) {
            Application a = filing.byId(part.getApplicationId());
            String code = bundle.part(part.getPosition()).service().code();
            Map<String, String> mapped = new HashMap<>();
            definition.getMappings().stream().filter(m -> m.getServiceCode().equals(code)).forEach(m ->
                    mapped.put(m.getServiceFieldKey(), f.getAnswers().getOrDefault(m.getSharedFieldKey(), "")));
            if (!mapped.isEmpty() && a.getStatus() == ApplicationStatus.DRAFT) {
                a.saveAnswers(mapped, filing.now());
            }
        }
    }

    Application part(BundleFiling f, int position) {
        FilingPart part = f.getParts().stream().filter(p -> p.getPosition() == position).findFirst()
                .orElseThrow(() -> new org.madang.platform.error.InvalidInput("bundle.part.unknown",
                        String.valueOf(position)));
        return filing.byId(part.getApplicationId());
    }
}
