package org.madang.services.application;

import org.madang.services.domain.CivilService;
import org.madang.services.domain.FieldOption;
import org.madang.services.domain.RequiredDocument;
import org.madang.services.domain.ServiceFormField;

import java.util.List;

/** Entity → read model, done inside the loading transaction (the collections are lazy). */
public final class CatalogueViews {
    private CatalogueViews() {
    }

    public static CatalogueSnapshot snapshot(List<CivilService> services) {
        return new CatalogueSnapshot(services.stream().map(CatalogueViews::view).toList(),
                services.stream().map(CatalogueViews::form).toList());
    }

    public static ServiceView view(CivilService s) {
        return view(s, s.getId());
    }

    /** With an explicit id: for a service not stored yet (tests, previews). */
    public static ServiceView view(CivilService s, long id) {
        return new ServiceView(id, s.getCode(), s.getCategory(), s.getLifeEvents(), s.getNameKo(),
                s.getNameEn(), s.getSummaryKo(), s.getSummaryEn(), s.getEligibilityKo(), s.getEligibilityEn(),
                s.getDocuments().stream().map(RequiredDocument::nameKo).toList(),
                s.getDocuments().stream().map(RequiredDocument::nameEn).toList(), s.getFee(), s.getPeriod(),
                s.getAgencyCode(), s.getDepartmentId(), s.getHowToApplyKo(), s.getHowToApplyEn(),
                s.isOnlineApplication(), s.isInstantIssuance(), s.getDocumentTypeKey(), null,
                s.isRequiresVerifiedResident(),
                s.getRejectionGrounds().stream()
                        .map(g -> new ServiceView.RejectionGround(g.key(), g.textKo(), g.textEn())).toList(),
                s.getSource(), s.getRegistrationKind(), s.getRegistrationPrefix());
    }

    public static FormDefinition form(CivilService s) {
        return form(s, s.getId());
    }

    public static FormDefinition form(CivilService s, long id) {
        return new FormDefinition(id, s.getFields().stream().map(CatalogueViews::field).toList());
    }

    private static FieldDefinition field(ServiceFormField f) {
        return new FieldDefinition(f.getKey(), f.getType(), f.isRequired(), f.getPattern(), f.getMaxLength(),
                f.getOptions().stream().map(CatalogueViews::option).toList(), f.getLabelKo(), f.getLabelEn(),
                f.getHelpKo(), f.getHelpEn(), f.getPage());
    }

    private static FieldDefinition.Option option(FieldOption o) {
        return new FieldDefinition.Option(o.value(), o.labelKo(), o.labelEn());
    }
}
