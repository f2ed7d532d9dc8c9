package org.madang.disclosure.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.AgencyView;
import org.madang.identity.application.Views.DepartmentView;

import java.io.Serializable;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agency and department names (identity's) for publication pages and facets, read once a minute:
 * every list and search page shows them, and they change a few times a year.
 */
@ApplicationScoped
public class OrganisationNames {
    /** An agency or department's name in both languages. */
    public record Name(String code, String ko, String en) implements Serializable {
        public String in(String lang) {
            return "en".equals(lang) ? en : ko;
        }
    }

    record Snapshot(Map<String, Name> agencies, Map<Long, Name> departments, Map<Long, String> agencyOfDepartment) {
    }

    @Inject
    OrganisationDirectory directory;
    private LoadingCache<String, Snapshot> cache;

    @PostConstruct
    void init() {
        cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1).build(k -> load());
    }

    private Snapshot load() {
        Map<String, Name> agencies = new LinkedHashMap<>();
        Map<Long, Name> departments = new LinkedHashMap<>();
        Map<Long, String> agencyOf = new LinkedHashMap<>();
        List<AgencyView> all = directory.agencies().stream().sorted(Comparator.comparing(AgencyView::nameKo)).toList();
        for (AgencyView a : all) {
            agencies.put(a.code(), new Name(a.code(), a.nameKo(), a.nameEn()));
            for (DepartmentView d : a.departments()) {
                departments.put(d.id(), new Name(d.code(), d.nameKo(), d.nameEn()));
                agencyOf.put(d.id(), a.code());
            }
        }
        return new Snapshot(Map.copyOf(agencies), Map.copyOf(departments), Map.copyOf(agencyOf));
    }

    private Snapshot now() {
        return cache.get("all");
    }

    public Optional<Name> agency(String code) {
        return Optional.ofNullable(code == null ? null : now().agencies().get(code));
    }

    public Name agencyOrCode(String code) {
        return agency(code).orElse(new Name(code, code, code));
    }

    public Optional<Name> department(long id) {
        return Optional.ofNullable(now().departments().get(id));
    }

    public Optional<String> agencyOfDepartment(long departmentId) {
        return Optional.ofNullable(now().agencyOfDepartment().get(departmentId));
    }

    /** Every agency, by Korean name. */
    public List<Name> agencies() {
        return now().agencies().values().stream().sorted(Comparator.comparing(Name::ko)).toList();
    }

    public boolean isAgency(String code) {
        return now().agencies().containsKey(code);
    }
}
