package org.madang.services.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An immutable copy of the whole catalogue, as the cache holds it between changes. */
public final class CatalogueSnapshot {
    private static final Comparator<ServiceView> ORDER = Comparator.comparing(ServiceView::category)
            .thenComparing(ServiceView::nameKo);

    private final List<ServiceView> all;
    private final Map<Long, ServiceView> byId = new HashMap<>();
    private final Map<String, ServiceView> byCode = new HashMap<>();
    private final Map<Long, FormDefinition> forms = new HashMap<>();

    public CatalogueSnapshot(List<ServiceView> services, List<FormDefinition> forms) {
        this.all = services.stream().sorted(ORDER).toList();
        for (ServiceView s : all) {
            byId.put(s.id(), s);
            byCode.put(s.code().toUpperCase(Locale.ROOT), s);
        }
        for (FormDefinition f : forms) {
            if (!byId.containsKey(f.serviceId())) {
                throw new IllegalArgumentException("form of unknown service " + f.serviceId());
            }
            this.forms.put(f.serviceId(), f);
        }
    }

    public List<ServiceView> all() {
        return all;
    }

    public Optional<ServiceView> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<ServiceView> findByCode(String code) {
        return Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** A service without fields of its own still has a (empty) form, so applying never fails on it. */
    public Optional<FormDefinition> form(long serviceId) {
        if (!byId.containsKey(serviceId)) {
            return Optional.empty();
        }
        return Optional.of(forms.getOrDefault(serviceId, new FormDefinition(serviceId, List.of())));
    }
}
