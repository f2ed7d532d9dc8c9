package org.madang.services.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.error.NotFound;
import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ServiceCategory;

import java.util.List;
import java.util.Optional;

/**
 * The public catalogue of civil services: what every page, the API and the application services
 * read. The catalogue changes rarely and is read on every public page, so it is answered from an
 * in-memory snapshot ({@link CatalogueCache}) that any change to a service throws away. Reads need
 * no transaction of their own (SUPPORTS); the cache loads inside one when it must.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Catalogue {
    @Inject
    CatalogueCache cache;
    @Inject
    AgencyNames names;

    /** Every service, by category then Korean name. */
    public List<ServiceView> all() {
        return cache.snapshot().all();
    }

    public Optional<ServiceView> find(long id) {
        return cache.snapshot().find(id);
    }

    /** The service, or {@link NotFound} (key {@code services.notFound}). */
    public ServiceView get(long id) {
        return find(id).orElseThrow(() -> new NotFound("services.notFound", id));
    }

    public Optional<ServiceView> findByCode(String code) {
        return code == null ? Optional.empty() : cache.snapshot().findByCode(code);
    }

    /** The service's application form, or {@link NotFound} when there is no such service. */
    public FormDefinition form(long serviceId) {
        return cache.snapshot().form(serviceId).orElseThrow(() -> new NotFound("services.notFound", serviceId));
    }

    /**
     * Services matching every word of the query (in Korean or English, in names and summaries),
     * and the category and life event when given; null or blank arguments do not filter.
     */
    public List<ServiceView> search(String query, ServiceCategory category, LifeEvent event) {
        return CatalogueSearch.search(cache.snapshot().all(), query, category, event);
    }

    /** An agency's name in both languages (identity's directory, kept a few minutes). */
    public Optional<AgencyNames.Name> agencyName(String code) {
        return names.agency(code);
    }

    /** A department's name in both languages (identity's directory, kept a few minutes). */
    public Optional<AgencyNames.Name> departmentName(long id) {
        return names.department(id);
    }
}
