package org.madang.disclosure.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.disclosure.domain.PublicationsChanged;
import org.madang.platform.web.PageCapture;

import java.time.Duration;
import java.util.Optional;

/**
 * The public pages of published information as last rendered, by address and language, for
 * anonymous readers: searching and rendering cost far more than sending bytes. Emptied when
 * anything is published, replaced or withdrawn on this server (after commit); on another server's
 * change a page is at most a minute old. Off with MADANG_PAGE_CACHE=false.
 */
@ApplicationScoped
public class OpenPages {
    static final Duration KEEP = Duration.ofMinutes(1);
    static final int MAX = 2000;

    @Inject
    @ConfigProperty(name = "MADANG_PAGE_CACHE", defaultValue = "true")
    boolean enabled;

    private Cache<String, PageCapture.Captured> pages;

    @PostConstruct
    void init() {
        pages = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(MAX).build();
    }

    boolean isEnabled() {
        return enabled;
    }

    Optional<PageCapture.Captured> find(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    void keep(String key, PageCapture.Captured page) {
        pages.put(key, page);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationsChanged event) {
        pages.invalidateAll();
    }
}
