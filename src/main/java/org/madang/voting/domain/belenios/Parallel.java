package org.madang.voting.domain.belenios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs work on a few threads and unwraps futures so that a worker's BeleniosException reaches the caller unchanged. */
final class Parallel {
    private Parallel() {
    }

    static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
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

    /** Runs {@code task} for 0..count-1 on up to {@code threads} threads, handing out one index at a time. */
    static void forEach(int count, int threads, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.accept(i);
            }
        };
        int n = Math.max(1, Math.min(threads, count));
        if (n == 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> fs = new ArrayList<>(n);
            for (int t = 0; t < n; t++) {
                fs.add(pool.submit(worker));
            }
            fs.forEach(Parallel::get);
        } finally {
            pool.shutdownNow();
        }
    }
}
