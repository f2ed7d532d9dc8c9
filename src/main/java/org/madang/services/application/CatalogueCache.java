package org.madang.services.application;

import org.madang.platform.changes.ChangeHeard;
import org.madang.platform.changes.ChangeNotices;

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
 * never outlives the change that made it stale. The other instances hear of the change
 * ({@link ChangeNotices}) and drop theirs; one that did not hear (its listening connection lost)
 * drops everything when it listens again, and until then keeps its snapshot (no time bound: the
 * catalogue changes a few times a day, and the listener reconnects within 30 seconds of the database
 * coming back).
 */
@ApplicationScoped
public class CatalogueCache {
    @Inject
    CatalogueRepository repository;
    @Inject
    ChangeNotices notices;

    static final String TOPIC = "services.catalogue";

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
        notices.announce(TOPIC, java.util.Set.of("all"));
    }

    /** Changed on another instance, or unheard changes possible (the listener reconnected). */
    void heard(@Observes ChangeHeard change) {
        if (change.concerns(TOPIC)) {
            invalidate();
        }
    }

    public void invalidate() {
        synchronized (this) {
            generation.incrementAndGet();
            current = null;
        }
    }
}
