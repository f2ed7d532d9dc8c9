package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agency and department names for the catalogue pages, taken from identity's public directory.
 * The public pages must not query the database on every view, and identity has no change event
 * for names, so they are kept for five minutes: a renamed department shows within that time.
 */
@ApplicationScoped
public class AgencyNames {
    static final Duration KEEP = Duration.ofMinutes(5);

    @Inject
    OrganisationDirectory directory;
    @Inject
    Clock clock;

    private volatile Names names;

    /** A name in both languages. */
    public record Name(String code, String ko, String en) implements Serializable {
        public String in(String lang) {
            return "en".equals(lang) ? en : ko;
        }
    }

    private record Names(Map<String, Name> agencies, Map<Long, Name> departments, Instant loadedAt) {
    }

    public Optional<Name> agency(String code) {
        return Optional.ofNullable(current().agencies().get(code));
    }

    public Optional<Name> department(long id) {
        return Optional.ofNullable(current().departments().get(id));
    }

    private Names current() {
        Names n = names;
        Instant now = Instant.now(clock);
        if (n == null || n.loadedAt().plus(KEEP).isBefore(now)) {
            n = load(directory.agencies(), now);
            names = n;
        }
        return n;
    }

    static Names load(List<Views.AgencyView> agencies, Instant now) {
        Map<String, Name> a = new HashMap<>();
        Map<Long, Name> d = new HashMap<>();
        for (Views.AgencyView agency : agencies) {
            a.put(agency.code(), new Name(agency.code(), agency.nameKo(), agency.nameEn()));
            for (Views.DepartmentView dep : agency.departments()) {
                d.put(dep.id(), new Name(dep.code(), dep.nameKo(), dep.nameEn()));
            }
        }
        return new Names(Map.copyOf(a), Map.copyOf(d), now);
    }
}
