package org.madang.forum.petition.application;

import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.AgencyView;
import org.madang.platform.cache.Caches;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Identity's agencies, by code, for petition pages and forms: read once a minute (every list shows
 * them; they change a few times a year). Names only, nothing about anyone.
 */
@ApplicationScoped
@PermitAll
public class ForumAgencies {
    /** An agency's code and names. */
    public record AgencyName(String code, String ko, String en) implements java.io.Serializable {
        public String in(String lang) {
            return "en".equals(lang) ? en : ko;
        }
    }

    @Inject
    OrganisationDirectory directory;
    @Inject
    Clock clock;
    private LoadingCache<String, Map<String, AgencyName>> cache;

    @PostConstruct
    void init() {
        cache = Caches.builder(() -> clock).expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1)
                .build(k -> load());
    }

    private Map<String, AgencyName> load() {
        Map<String, AgencyName> out = new LinkedHashMap<>();
        directory.agencies().stream().sorted(Comparator.comparing(AgencyView::nameKo))
                .forEach(a -> out.put(a.code(), new AgencyName(a.code(), a.nameKo(), a.nameEn())));
        return out;
    }

    public Optional<AgencyName> find(String code) {
        return Optional.ofNullable(code == null ? null : cache.get("all").get(code));
    }

    public AgencyName nameOf(String code) {
        return find(code).orElse(new AgencyName(code, code, code));
    }

    public List<AgencyName> all() {
        return List.copyOf(cache.get("all").values());
    }
}
