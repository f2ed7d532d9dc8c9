package org.madang.disclosure.request.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the requests' search index from the database in the background, once at a time: at
 * start-up when the index holds fewer requests than the table, or when an administrator asks
 * (rows loaded by SQL). Requests changed meanwhile are indexed by their own transaction as well.
 */
@ApplicationScoped
public class RequestIndexing {
    private static final Logger LOG = Logger.getLogger(RequestIndexing.class.getName());

    /** The requests in the database and in the index, and whether a rebuild is running. */
    public record Status(long inDatabase, long indexed, boolean running) {
    }

    @Inject
    RequestIndexRebuild rebuild;
    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts a rebuild unless one is running; false if one was. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        executor.submit(this::rebuildAll);
        return true;
    }

    /** Starts a rebuild when the index holds fewer requests than the table. */
    public void startIfBehind() {
        long[] c = rebuild.counts();
        if (c[1] < c[0]) {
            start();
        }
    }

    public Status status() {
        long[] c = rebuild.counts();
        return new Status(c[0], c[1], running.get());
    }

    private void rebuildAll() {
        try {
            long start = System.nanoTime();
            long done = 0;
            long after = 0;
            List<Long> ids;
            while (!(ids = rebuild.next(after)).isEmpty()) {
                done += ids.size();
                after = ids.get(ids.size() - 1);
            }
            long n = done;
            double s = (System.nanoTime() - start) / 1e9;
            LOG.info(() -> String.format(java.util.Locale.ROOT, "request search index rebuilt: %d requests in %.1f s", n, s));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request search index rebuild failed", e);
        } finally {
            running.set(false);
        }
    }
}
