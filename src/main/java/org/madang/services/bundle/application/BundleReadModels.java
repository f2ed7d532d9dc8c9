package org.madang.services.bundle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.FilingSummary;
import org.madang.services.bundle.application.BundleViews.PartStatus;
import org.madang.services.bundle.domain.BundleFiling;
import org.madang.services.bundle.domain.BundleProgress;
import org.madang.services.bundle.domain.FilingPart;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Builds filings' read models from their parts' applications. */
@ApplicationScoped
public class BundleReadModels {
    @Inject
    ApplicationFiling filing;

    FilingDetails details(BundleFiling f, BundleView bundle) {
        List<PartStatus> parts = f.getParts().stream().map(p -> part(p)).toList();
        BundleProgress progress = BundleProgress.of(!f.isDraft(), parts.stream().map(p -> p.application().status()).toList());
        return new FilingDetails(f.reference(), f.getNumber() == null ? null : f.getNumber().toString(), f.getDraftKey(),
                bundle, f.getApplicantId(), f.getBusinessId(), new java.util.TreeMap<>(f.getAnswers()), parts, progress,
                f.getSubmittedAt(),
                dueAt(parts));
    }

    FilingSummary summary(BundleFiling f, BundleView bundle) {
        FilingDetails d = details(f, bundle);
        return new FilingSummary(f.reference(), bundle.nameKo(), bundle.nameEn(), d.progress(), f.getCreatedAt(),
                f.getSubmittedAt(), d.dueAt(), f.getApplicantId());
    }

    private PartStatus part(FilingPart p) {
        ApplicationDetails a = filing.details(filing.byId(p.getApplicationId()));
        return new PartStatus(p.getPosition(), p.getRequiresPosition(), a);
    }

    /** The bundle is due when its latest part is (parts not yet filed have no due date yet). */
    static Instant dueAt(List<PartStatus> parts) {
        return parts.stream().map(p -> p.application().clock() == null ? null : p.application().clock().dueAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
