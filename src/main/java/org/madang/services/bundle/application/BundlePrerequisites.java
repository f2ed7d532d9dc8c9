package org.madang.services.bundle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.bundle.domain.BundleFiling;
import org.madang.services.bundle.domain.FilingPart;
import org.madang.services.bundle.infrastructure.BundleRepository;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationDecided;
import org.madang.services.domain.ApplicationStatus;

/**
 * Moves the parts that wait on a part that has just ended: approved, they are filed into their
 * department's queue (number, due date, notice to the representative); refused or withdrawn, they
 * are closed, since they can never be filed. Runs inside the deciding officer's transaction, so
 * the decision and its consequences commit together; closing a part fires the event again, so
 * chains of dependencies unwind.
 */
@ApplicationScoped
public class BundlePrerequisites {
    @Inject
    BundleRepository repository;
    @Inject
    ApplicationFiling filing;

    void onDecided(@Observes ApplicationDecided decided) {
        repository.filingOfApplication(decided.applicationId()).ifPresent(f -> release(f, decided));
    }

    private void release(BundleFiling f, ApplicationDecided decided) {
        FilingPart done = f.partOfApplication(decided.applicationId()).orElseThrow();
        for (FilingPart waiting : f.partsWaitingFor(done.getPosition())) {
            Application a = filing.byId(waiting.getApplicationId());
            if (a.getStatus() != ApplicationStatus.AWAITING_PREREQUISITE) {
                continue; // not held (yet): the filing holds parts before it files the others
            }
            if (decided.status() == ApplicationStatus.APPROVED) {
                filing.file(a, false);
            } else {
                filing.prerequisiteFailed(a);
            }
        }
    }
}
