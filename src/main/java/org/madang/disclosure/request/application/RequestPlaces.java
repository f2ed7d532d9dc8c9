package org.madang.disclosure.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.disclosure.request.application.RequestViews.Place;
import org.madang.disclosure.request.application.RequestViews.Target;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Departments and agencies by id, as the identity context names them (read once per call). */
@ApplicationScoped
public class RequestPlaces {
    @Inject
    OrganisationDirectory directory;

    Map<Long, DepartmentView> all() {
        return directory.departments().stream().collect(Collectors.toMap(DepartmentView::id, Function.identity()));
    }

    Place place(long departmentId) {
        return Place.of(departmentId, all().get(departmentId));
    }

    Optional<DepartmentView> department(long id) {
        return Optional.ofNullable(all().get(id));
    }

    List<Target> targets() {
        return directory.departments().stream()
                .map(d -> new Target(d.id(), d.agencyNameKo(), d.agencyNameEn(), d.nameKo(), d.nameEn())).toList();
    }
}
