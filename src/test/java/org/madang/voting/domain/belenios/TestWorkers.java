package org.madang.voting.domain.belenios;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Threads for the cryptographic core outside the server (unit tests and the bench), where there is
 * no managed executor: one small pool of daemon threads for the whole test run.
 */
public final class TestWorkers {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "test-workers");
        t.setDaemon(true);
        return t;
    });

    private TestWorkers() {
    }

    /** The calling thread and {@code n - 1} of the pool's (1: the calling thread only). */
    public static Workers of(int n) {
        return n <= 1 ? Workers.inline() : Workers.on(POOL, n);
    }
}
