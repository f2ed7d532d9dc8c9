package org.madang.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import com.github.benmanes.caffeine.cache.Cache;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.cache.Caches;
import org.madang.services.domain.CatalogueChanged;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Pages as Faces last rendered them, kept because rendering a page costs several times what serving
 * its bytes does (the template alone is most of it). Two stores:
 * <ul>
 * <li>the public catalogue pages for anonymous readers, by address and language: the same for
 * everyone until the catalogue changes (a change empties the store at commit);</li>
 * <li>a citizen's own application-status page, keyed by who asks and by everything the page
 * shows that can change (the application's last change, the unread count in the header, the
 * language): a change to any of them makes a new key, so a stale page is never served.</li>
 * </ul>
 * Entries expire after a minute, which bounds how long a renamed department, a configuration
 * change or a due date passing by takes to show. Each store keeps a bounded number of pages
 * (a Caffeine cache: the least used go first). Off with MADANG_PAGE_CACHE=false (to measure the pages without it).
 */
@ApplicationScoped
public class RenderedPages {
    static final int MAX_PUBLIC = 200;
    static final int MAX_PERSONAL = 2000;
    static final Duration KEEP = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "MADANG_PAGE_CACHE", defaultValue = "true")
    boolean enabled;
    @Inject
    Clock clock;

    /** A rendered page: its bytes and content type, and when it was made. */
    record Page(byte[] body, String contentType, Instant renderedAt) {
    }

    private final Store publicPages = new Store(MAX_PUBLIC);
    private final Store personalPages = new Store(MAX_PERSONAL);

    boolean isEnabled() {
        return enabled;
    }

    /** The public catalogue pages. */
    Store publicPages() {
        return publicPages;
    }

    /** Citizens' own status pages. */
    Store personalPages() {
        return personalPages;
    }

    Instant now() {
        return Instant.now(clock);
    }

    void catalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged event) {
        clear();
    }

    void clear() {
        publicPages.clear();
        personalPages.clear();
    }

    /** A bounded store of pages with a time limit (the least used go first when it is full). */
    final class Store {
        private final Cache<String, Page> pages;

        Store(int max) {
            pages = Caches.builder(() -> clock).maximumSize(max).expireAfterWrite(KEEP).build();
        }

        Optional<Page> find(String key) {
            return Optional.ofNullable(pages.getIfPresent(key));
        }

        void keep(String key, Page page) {
            pages.put(key, page);
        }

        void keep(String key, byte[] body, String contentType) {
            keep(key, new Page(body, contentType, now()));
        }

        void clear() {
            pages.invalidateAll();
        }

        long size() {
            pages.cleanUp();
            return pages.estimatedSize();
        }
    }
}
