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
import org.madang.disclosure.request.domain.RequestsChanged;
import org.madang.platform.web.PageCapture;

import java.time.Duration;
import java.util.Optional;

/**
 * The public pages of published information (and its search API's answers) and of the request log
 * as last rendered, by address and language, for anonymous readers: searching and rendering cost far more than sending bytes
 * (a log page takes ~1 ms of database and ~10 ms of Faces). Two stores: the publication pages are
 * emptied when anything is published, replaced or withdrawn, the request log's when any request
 * changes, on this server (after commit); on another server's change a page is at most a minute
 * old. Off with MADANG_PAGE_CACHE=false.
 */
@ApplicationScoped
public class OpenPages {
    static final Duration KEEP = Duration.ofMinutes(1);
    static final int MAX = 2000;

    @Inject
    @ConfigProperty(name = "MADANG_PAGE_CACHE", defaultValue = "true")
    boolean enabled;

    private Cache<String, PageCapture.Captured> pages;
    private Cache<String, PageCapture.Captured> requestPages;

    @PostConstruct
    void init() {
        pages = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(MAX).build();
        requestPages = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(MAX).build();
    }

    private Cache<String, PageCapture.Captured> store(boolean requestLog) {
        return requestLog ? requestPages : pages;
    }

    boolean isEnabled() {
        return enabled;
    }

    Optional<PageCapture.Captured> find(boolean requestLog, String key) {
        return Optional.ofNullable(store(requestLog).getIfPresent(key));
    }

    void keep(boolean requestLog, String key, PageCapture.Captured page) {
        store(requestLog).put(key, page);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationsChanged event) {
        pages.invalidateAll();
    }

    void requestsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestsChanged event) {
        requestPages.invalidateAll();
    }
}
