package org.madang.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.services.domain.CatalogueChanged;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue pages as Faces last rendered them for an anonymous reader, by address and
 * language. Rendering a page costs several times what serving its bytes does (the template alone
 * is most of it), and for anonymous readers the page is the same until the catalogue changes: a
 * change to a service empties this store at commit; entries also expire after a minute, which
 * bounds how long a renamed department or a configuration change takes to show. At most
 * {@value #MAX_ENTRIES} pages are kept (searches multiply addresses), least recently used first out.
 * Off with MADANG_PAGE_CACHE=false (to measure the pages without it, for instance).
 */
@ApplicationScoped
public class RenderedPages {
    static final int MAX_ENTRIES = 200;
    static final Duration KEEP = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "MADANG_PAGE_CACHE", defaultValue = "true")
    boolean enabled;
    @Inject
    Clock clock;

    /** A rendered page: its bytes and content type, and when it was made. */
    record Page(byte[] body, String contentType, Instant renderedAt) {
    }

    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    boolean isEnabled() {
        return enabled;
    }

    synchronized Optional<Page> find(String key) {
        Page p = pages.get(key);
        if (p != null && p.renderedAt().plus(KEEP).isBefore(Instant.now(clock))) {
            pages.remove(key);
            return Optional.empty();
        }
        return Optional.ofNullable(p);
    }

    synchronized void keep(String key, byte[] body, String contentType) {
        pages.put(key, new Page(body, contentType, Instant.now(clock)));
    }

    void catalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged event) {
        clear();
    }

    synchronized void clear() {
        pages.clear();
    }
}
