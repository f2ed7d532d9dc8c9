package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.services.domain.CatalogueChanged;
import org.madang.services.infrastructure.CatalogueRepository;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the catalogue in memory between changes. Any committed change to a service or its form
 * ({@link CatalogueChanged}, fired by the entities themselves) drops the snapshot; the next read
 * loads a new one. A load that raced with a change is used once but not kept, so a stale snapshot
 * never outlives the change that made it stale. One server's cache: a cluster would need the
 * event broadcast.
 */
@ApplicationScoped
public class CatalogueCache {
    @Inject
    CatalogueRepository repository;

    private final AtomicLong generation = new AtomicLong();
    /** One load at a time: after a change, 32 readers arriving together need one query, not 32. */
    private final Object loading = new Object();
    private volatile CatalogueSnapshot current;

    public CatalogueSnapshot snapshot() {
        CatalogueSnapshot s = current;
        if (s != null) {
            return s;
        }
        synchronized (loading) {
            s = current;
            if (s != null) {
                return s;
            }
            long seen = generation.get();
            s = repository.loadSnapshot();
            synchronized (this) {
                if (generation.get() == seen) {
                    current = s;
                }
            }
            return s;
        }
    }

    /** After the change commits (or at once, outside a transaction). */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged event) {
        invalidate();
    }

    public void invalidate() {
        synchronized (this) {
            generation.incrementAndGet();
            current = null;
        }
    }
}
