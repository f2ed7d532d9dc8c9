package org.madang.services.sharing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.services.sharing.application.SharingViews.PaperlessCount;
import org.madang.services.sharing.infrastructure.SharedDocumentRepository;

import java.util.List;

/**
 * How many documents did not have to be submitted on paper, per service: attached from
 * government records on filed applications. Public figures (no person in them), for the
 * performance dashboard.
 */
@Stateless
@PermitAll
public class PaperlessCounts {
    @Inject
    SharedDocumentRepository shared;
    @Inject
    Catalogue catalogue;

    public List<PaperlessCount> perService() {
        return shared.paperlessPerService().stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            ServiceView s = catalogue.find(id).orElse(null);
            return new PaperlessCount(id, s == null ? "" : s.code(), s == null ? "" : s.nameKo(),
                    s == null ? "" : s.nameEn(), ((Number) r[1]).longValue());
        }).toList();
    }
}
