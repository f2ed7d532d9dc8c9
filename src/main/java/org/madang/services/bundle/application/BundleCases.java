package org.madang.services.bundle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.madang.platform.security.Roles;
import org.madang.services.application.ApplicationFiling;
import org.madang.services.application.CaseWorkers;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.CasePart;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.domain.BundleFiling;
import org.madang.services.bundle.domain.FilingPart;
import org.madang.services.bundle.infrastructure.BundleRepository;
import org.madang.services.domain.Application;

import java.util.Optional;

/**
 * The department's view of a case that is one part of a one-stop filing: which filing, which
 * part of how many, and which part it was filed after. Only that: the other parts belong to other
 * departments, whose officers alone may read them.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class BundleCases {
    @Inject
    ApplicationFiling filing;
    @Inject
    CaseWorkers workers;
    @Inject
    BundleRepository repository;
    @Inject
    BundleCatalogue bundles;

    /** Empty for a case filed on its own; refused for another department's case. */
    public Optional<CasePart> onCase(@NotBlank String number) {
        Application a = filing.caseOf(number, workers.me());
        return repository.filingOfApplication(a.getId()).map(f -> part(f, a));
    }

    private CasePart part(BundleFiling f, Application a) {
        BundleView b = bundles.get(f.getBundleId());
        FilingPart p = f.partOfApplication(a.getId()).orElseThrow();
        PartSpec after = p.getRequiresPosition() == null ? null : b.part(p.getRequiresPosition());
        return new CasePart(f.getNumber().toString(), b.nameKo(), b.nameEn(), p.getPosition(), f.getParts().size(),
                after == null ? null : after.serviceName("ko"), after == null ? null : after.serviceName("en"));
    }
}
