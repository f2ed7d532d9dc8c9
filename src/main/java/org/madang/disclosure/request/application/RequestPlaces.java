package org.madang.disclosure.request.application;

import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.disclosure.request.application.RequestViews.Place;
import org.madang.disclosure.request.application.RequestViews.Target;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.platform.cache.Caches;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Departments and agencies by id, as the identity context names them. Every page of the public
 * log and the statistics names them, and they change a few times a year: read once a minute. A
 * department asked for by id and not in that snapshot (made a moment ago) is read afresh.
 */
@ApplicationScoped
public class RequestPlaces {
    @Inject
    OrganisationDirectory directory;
    @Inject
    Clock clock;
    private LoadingCache<String, Map<Long, DepartmentView>> cache;

    @PostConstruct
    void init() {
        cache = Caches.builder(() -> clock).expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1)
                .build(k -> read());
    }

    private Map<Long, DepartmentView> read() {
        return Map.copyOf(directory.departments().stream()
                .collect(Collectors.toMap(DepartmentView::id, Function.identity())));
    }

    Map<Long, DepartmentView> all() {
        return cache.get("all");
    }

    Place place(long departmentId) {
        return Place.of(departmentId, department(departmentId).orElse(null));
    }

    Optional<DepartmentView> department(long id) {
        DepartmentView d = all().get(id);
        if (d == null) {
            cache.invalidateAll();
            d = all().get(id);
        }
        return Optional.ofNullable(d);
    }

    List<Target> targets() {
        return directory.departments().stream()
                .map(d -> new Target(d.id(), d.agencyNameKo(), d.agencyNameEn(), d.nameKo(), d.nameEn())).toList();
    }
}
