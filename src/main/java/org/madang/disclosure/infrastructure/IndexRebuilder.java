package org.madang.disclosure.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the search index from the database in the background, one batch per transaction,
 * once at a time; remembers how the last run went (documents and documents per second).
 */
@ApplicationScoped
public class IndexRebuilder {
    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class.getName());

    /** The last run: how many documents, in how many seconds; running while {@code seconds} is negative. */
    public record Run(long documents, double seconds) {
        public double documentsPerSecond() {
            return seconds > 0 ? documents / seconds : 0;
        }
    }

    @Inject
    IndexRebuild rebuild;
    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<Run> last = new AtomicReference<>();

    /** Starts a rebuild unless one is running; false if one was. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        last.set(new Run(0, -1));
        executor.submit(this::rebuildAll);
        return true;
    }

    public long[] counts() {
        return rebuild.counts();
    }

    public Run last() {
        return last.get();
    }

    private void rebuildAll() {
        try {
            long start = System.nanoTime();
            long done = 0;
            long after = 0;
            List<Long> ids;
            // entries of rows that are gone (an index folder older than the database) go first; an item
            // published meanwhile is indexed again when the batches reach its id
            rebuild.purge();
            while (!(ids = rebuild.next(after)).isEmpty()) {
                done += ids.size();
                after = ids.get(ids.size() - 1);
                last.set(new Run(done, -1));
                if (done % 10_000 < IndexRebuild.BATCH) {
                    LOG.info("search index: " + done + " publications indexed");
                }
            }
            rebuild.flush();
            double s = (System.nanoTime() - start) / 1e9;
            last.set(new Run(done, s));
            LOG.info(String.format(java.util.Locale.ROOT,
                    "search index rebuilt: %d publications in %.1f s (%.0f documents/s)", done, s, done / Math.max(s, 1e-3)));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "search index rebuild failed", e);
        } finally {
            running.set(false);
        }
    }
}
