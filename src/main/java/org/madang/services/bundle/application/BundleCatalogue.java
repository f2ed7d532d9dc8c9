package org.madang.services.bundle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.error.NotFound;
import org.madang.services.application.Catalogue;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.application.ServiceView;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.domain.BundleField;
import org.madang.services.bundle.domain.BundlePartSpec;
import org.madang.services.bundle.domain.BusinessBundle;
import org.madang.services.bundle.infrastructure.BundleRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bundles on offer, resolved against the service catalogue: a bundle one of whose services is
 * not in the catalogue (or not applied for online) is not offered, since a part routed nowhere
 * would be lost. Public, like the catalogue.
 */
@Stateless
@PermitAll
public class BundleCatalogue {
    @Inject
    BundleRepository repository;
    @Inject
    Catalogue catalogue;

    public List<BundleView> all() {
        return repository.bundles().stream().map(this::resolve).flatMap(Optional::stream).toList();
    }

    public Optional<BundleView> find(long id) {
        return repository.bundle(id).flatMap(this::resolve);
    }

    public Optional<BundleView> findByCode(String code) {
        return repository.bundleByCode(code).flatMap(this::resolve);
    }

    public BundleView get(long id) {
        return find(id).orElseThrow(() -> new NotFound("bundle.notFound", String.valueOf(id)));
    }

    private Optional<BundleView> resolve(BusinessBundle b) {
        Map<String, ServiceView> services = b.getParts().stream().map(BundlePartSpec::getServiceCode)
                .map(catalogue::findByCode).flatMap(Optional::stream).filter(ServiceView::onlineApplication)
                .collect(Collectors.toMap(ServiceView::code, s -> s));
        if (services.size() != b.getParts().size()) {
            return Optional.empty();
        }
        Map<String, Integer> positions = b.getParts().stream()
                .collect(Collectors.toMap(BundlePartSpec::getServiceCode, BundlePartSpec::getPosition));
        List<PartSpec> parts = new ArrayList<>();
        for (BundlePartSpec p : b.getParts()) {
            ServiceView s = services.get(p.getServiceCode());
            FormDefinition form = catalogue.form(s.id());
            List<FieldDefinition> own = form.fields().stream()
                    .filter(f -> b.sharedFieldFor(s.code(), f.key()).isEmpty()).toList();
            parts.add(new PartSpec(p.getPosition(), s, p.getRequiresCode() == null ? null : positions.get(p.getRequiresCode()),
                    own));
        }
        List<FieldDefinition> shared = b.getFields().stream().map(BundleCatalogue::definition).toList();
        return Optional.of(new BundleView(b.getId(), b.getCode(), b.getNameKo(), b.getNameEn(), b.getSummaryKo(),
                b.getSummaryEn(), shared, parts));
    }

    private static FieldDefinition definition(BundleField f) {
        return new FieldDefinition(f.getKey(), f.getType(), f.isRequired(), f.getPattern(), f.getMaxLength(), List.of(),
                f.getLabelKo(), f.getLabelEn(), f.getHelpKo(), f.getHelpEn(), 1);
    }
}
