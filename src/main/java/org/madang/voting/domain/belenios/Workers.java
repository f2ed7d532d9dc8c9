package org.madang.voting.domain.belenios;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The threads the cryptographic core may use: an {@link Executor} handed in by its caller (the
 * server's managed executor in the portal, a plain pool in tests and the bench) and how many of its
 * threads to take. The core starts no thread of its own, so it stays free of any container API.
 * The calling thread always works too, so work finishes even when the executor is busy.
 */
public final class Workers {
    private static final Workers INLINE = new Workers(Runnable::run, 1);

    private final Executor executor;
    private final int parallelism;

    private Workers(Executor executor, int parallelism) {
        this.executor = Objects.requireNonNull(executor);
        this.parallelism = Math.max(1, parallelism);
    }

    /** Only the calling thread. */
    public static Workers inline() {
        return INLINE;
    }

    /** The calling thread and up to {@code parallelism - 1} threads of {@code executor}. */
    public static Workers on(Executor executor, int parallelism) {
        return new Workers(executor, parallelism);
    }

    public int parallelism() {
        return parallelism;
    }

    /**
     * Runs {@code task} for 0..count-1, handing out one index at a time; a worker's exception
     * (a BeleniosException, say) reaches the caller unchanged.
     */
    void forEach(int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.accept(i);
            }
        };
        int n = Math.max(1, Math.min(parallelism, count));
        List<CompletableFuture<Void>> helpers = new ArrayList<>(n - 1);
        for (int t = 1; t < n; t++) {
            helpers.add(CompletableFuture.runAsync(worker, executor));
        }
        try {
            worker.run();
        } finally {
            // the helpers stop at once when the indices run out, so joining them after a failure is short
            next.set(count);
            helpers.forEach(Workers::join);
        }
    }

    private static void join(CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
