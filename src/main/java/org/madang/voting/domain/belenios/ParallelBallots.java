package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Parses and verifies many ballots on several threads. Work is handed out one ballot at a time
 * (ballots cost about the same, but threads may be descheduled), and the failure reported is the
 * one of the earliest ballot, so the verdict does not depend on the number of threads.
 */
final class ParallelBallots {
    private ParallelBallots() {
    }

    /** Verifies ballots 0..count-1 and returns what the tally needs of them, in the same order. */
    static List<Tally.Entry> verify(ElectionContext ctx, int count, IntFunction<byte[]> source,
                                    Set<BigInteger> credentials, Workers workers) {
        BallotVerifier verifier = new BallotVerifier(ctx);
        Tally.Entry[] out = new Tally.Entry[count];
        BeleniosException[] errors = new BeleniosException[count];
        AtomicInteger firstError = new AtomicInteger(Integer.MAX_VALUE);
        workers.forEach(count, i -> {
            if (i > firstError.get()) {
                return;
            }
            try {
                Ballot b = Ballot.parse(source.apply(i));
                verifier.verify(b, credentials);
                out[i] = Tally.Entry.of(b);
            } catch (BeleniosException e) {
                errors[i] = e;
                firstError.accumulateAndGet(i, Math::min);
            }
        });
        int bad = firstError.get();
        if (bad != Integer.MAX_VALUE) {
            BeleniosException e = errors[bad];
            String m = "ballot " + (bad + 1) + ": " + e.getMessage();
            throw e instanceof BallotRejected r ? new BallotRejected(r.problem(), m) : new BeleniosException(e.code(), m);
        }
        return List.of(out);
    }
}
