package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                                      Workers workers) {
        return computeEntries(election, ballotsInOrder.stream().map(Entry::of).toList(), weights, workers);
    }

    public static TallyResult computeEntries(Election election, List<Entry> ballotsInOrder,
                                             Map<BigInteger, Long> weights, Workers workers) {
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
        List<BigInteger> products = products(columns, workers);
        return result(election, products, counted.size(), totalWeight);
    }

    /** The tally from its columns' products (alpha then beta of each choice, question by question). */
    private static TallyResult result(Election election, List<BigInteger> products, int counted, long totalWeight) {
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
        return new TallyResult(new EncryptedTally(out), counted, totalWeight);
    }

    private static BigInteger weighted(BigInteger x, long w) {
        return w == 1 ? x : x.modPow(BigInteger.valueOf(w), Group.P);
    }

    /**
     * A tally taken one counted ballot at a time, so that an election of any size is tallied in
     * the memory of one ballot: the caller streams the last ballot of each credential (in any
     * order: the tally is a product).
     */
    public static Accumulator accumulator(Election election, Map<BigInteger, Long> weights) {
        return new Accumulator(election, weights);
    }

    /** See {@link #accumulator}. Not thread-safe. */
    public static final class Accumulator {
        private final Election election;
        private final Map<BigInteger, Long> weights;
        private final Set<BigInteger> seen = new HashSet<>();
        private final List<Montgomery.Product> columns = new ArrayList<>();
        private long totalWeight;

        private Accumulator(Election election, Map<BigInteger, Long> weights) {
            this.election = election;
            this.weights = weights;
            for (Question q : election.questions()) {
                for (int i = 0; i < 2 * q.choiceCount(); i++) {
                    columns.add(new Montgomery.Product());
                }
            }
        }

        /** Multiplies in the counted ballot of a credential (once per credential). */
        public void add(Entry b) {
            Long w = weights.get(b.credential());
            if (w == null) {
                throw new BeleniosException(FailureCode.BAD_BALLOT, "a counted ballot has an unknown credential");
            }
            if (!seen.add(b.credential())) {
                throw new BeleniosException(FailureCode.BAD_BALLOT, "two counted ballots have the same credential");
            }
            int k = 0;
            for (int q = 0; q < election.questions().size(); q++) {
                List<Ciphertext> row = b.choices().get(q);
                for (int i = 0; i < election.questions().get(q).choiceCount(); i++) {
                    columns.get(k++).times(weighted(row.get(i).alpha(), w));
                    columns.get(k++).times(weighted(row.get(i).beta(), w));
                }
            }
            totalWeight += w;
        }

        public TallyResult result() {
            return Tally.result(election, columns.stream().map(Montgomery.Product::value).toList(), seen.size(),
                    totalWeight);
        }
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
                    alphas[j] = weighted(c.alpha(), w);
                    betas[j] = weighted(c.beta(), w);
                }
                cols.add(alphas);
                cols.add(betas);
            }
        }
        return cols;
    }

    private static List<BigInteger> products(List<BigInteger[]> columns, Workers workers) {
        BigInteger[] out = new BigInteger[columns.size()];
        workers.forEach(columns.size(), i -> out[i] = Montgomery.product(columns.get(i)));
        return List.of(out);
    }

}
