package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Homomorphic tally: only the last ballot cast with each credential counts, and the tally of each
 * choice is the product of its ciphertexts (raised to the credential's weight). Ballots must have
 * been verified before; this class only multiplies.
 */
public final class Tally {

    /** What the tally needs of a ballot: its credential and its ciphertexts (a few KB instead of the whole ballot). */
    public record Entry(BigInteger credential, List<List<Ciphertext>> choices) {
        public static Entry of(Ballot b) {
            return new Entry(b.credential(), b.answers().stream().map(Answer::choices).toList());
        }
    }

    private Tally() {
    }

    /** Tallies ballots in casting order; {@code weights} maps each public credential to its weight. */
    public static TallyResult compute(Election election, List<Ballot> ballotsInOrder, Map<BigInteger, Long> weights,
                                      int threads) {
        return computeEntries(election, ballotsInOrder.stream().map(Entry::of).toList(), weights, threads);
    }

    public static TallyResult computeEntries(Election election, List<Entry> ballotsInOrder,
                                             Map<BigInteger, Long> weights, int threads) {
        Map<BigInteger, Entry> last = new LinkedHashMap<>();
        for (Entry b : ballotsInOrder) {
            last.remove(b.credential());
            last.put(b.credential(), b);
        }
        List<Entry> counted = new ArrayList<>(last.values());
        long totalWeight = 0;
        for (Entry b : counted) {
            Long w = weights.get(b.credential());
            if (w == null) {
                throw new BeleniosException(FailureCode.BAD_BALLOT, "a counted ballot has an unknown credential");
            }
            totalWeight += w;
        }
        List<BigInteger[]> columns = columns(election, counted, weights);
        List<BigInteger> products = products(columns, Math.max(1, threads));
        List<List<Ciphertext>> out = new ArrayList<>();
        int k = 0;
        for (Question q : election.questions()) {
            List<Ciphertext> row = new ArrayList<>(q.choiceCount());
            for (int i = 0; i < q.choiceCount(); i++) {
                row.add(new Ciphertext(products.get(k), products.get(k + 1)));
                k += 2;
            }
            out.add(row);
        }
        return new TallyResult(new EncryptedTally(out), counted.size(), totalWeight);
    }

    /** For every (question, choice) two columns: the alphas and the betas of all counted ballots. */
    private static List<BigInteger[]> columns(Election election, List<Entry> counted, Map<BigInteger, Long> weights) {
        List<BigInteger[]> cols = new ArrayList<>();
        for (int q = 0; q < election.questions().size(); q++) {
            for (int i = 0; i < election.questions().get(q).choiceCount(); i++) {
                BigInteger[] alphas = new BigInteger[counted.size()];
                BigInteger[] betas = new BigInteger[counted.size()];
                for (int j = 0; j < counted.size(); j++) {
                    Entry b = counted.get(j);
                    Ciphertext c = b.choices().get(q).get(i);
                    long w = weights.get(b.credential());
                    alphas[j] = w == 1 ? c.alpha() : c.alpha().modPow(BigInteger.valueOf(w), Group.P);
                    betas[j] = w == 1 ? c.beta() : c.beta().modPow(BigInteger.valueOf(w), Group.P);
                }
                cols.add(alphas);
                cols.add(betas);
            }
        }
        return cols;
    }

    private static List<BigInteger> products(List<BigInteger[]> columns, int threads) {
        if (threads == 1) {
            return columns.stream().map(Montgomery::product).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<BigInteger>> fs = new ArrayList<>();
            for (BigInteger[] col : columns) {
                fs.add(pool.submit(() -> Montgomery.product(col)));
            }
            List<BigInteger> out = new ArrayList<>();
            for (Future<BigInteger> f : fs) {
                out.add(Parallel.get(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

}
