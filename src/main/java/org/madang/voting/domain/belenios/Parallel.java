package org.madang.voting.domain.belenios;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Unwraps futures so that a BeleniosException thrown in a worker reaches the caller unchanged. */
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
}
