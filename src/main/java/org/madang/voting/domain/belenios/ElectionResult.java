package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The election result {@code {"result":[[count, ...], ...]}}: per question, the (weighted) count of each choice. */
public record ElectionResult(List<List<Long>> counts) {

    public ElectionResult {
        counts = counts.stream().map(List::copyOf).toList();
    }

    public Json toJson() {
        return Json.object().put("result", Json.arr(counts.stream()
                .map(r -> (Json) Json.arr(r.stream().map(n -> (Json) new Json.Int(n)).toList())).toList())).build();
    }

    public String toCanonicalJson() {
        return JsonWriter.write(toJson());
    }

    public static ElectionResult parse(String json) {
        Decode.Fields f = Decode.fields(Json.parseCanonical(json), "result");
        List<List<Long>> counts = Decode.list(f.required("result"), "result",
                row -> Decode.list(row, "result row", v -> Decode.integer(v, "count")));
        f.end();
        return new ElectionResult(counts);
    }

    /**
     * Combines the trustees' factors (already checked, one per trustee) and recovers each count m
     * from g^m = beta / product of factors, knowing that 0 <= m <= totalWeight.
     */
    public static ElectionResult compute(EncryptedTally tally, List<PartialDecryption> decryptions, long totalWeight) {
        DiscreteLog log = new DiscreteLog(totalWeight);
        List<List<Long>> out = new ArrayList<>();
        List<List<Ciphertext>> cs = tally.ciphertexts();
        for (int q = 0; q < cs.size(); q++) {
            List<Long> row = new ArrayList<>();
            for (int i = 0; i < cs.get(q).size(); i++) {
                BigInteger factor = BigInteger.ONE;
                for (PartialDecryption pd : decryptions) {
                    factor = Group.mulMod(factor, pd.decryptionFactors().get(q).get(i));
                }
                BigInteger gm = Group.mulMod(cs.get(q).get(i).beta(), Group.inverse(factor));
                long m = log.of(gm);
                if (m < 0) {
                    throw new BeleniosException(FailureCode.RESULT_MISMATCH,
                            "the decryption of choice " + (q + 1) + "." + (i + 1) + " is not a count between 0 and "
                                    + totalWeight);
                }
                row.add(m);
            }
            out.add(row);
        }
        return new ElectionResult(out);
    }

    /**
     * Baby-step giant-step logarithm base g over [0, max]: about 2·sqrt(max) multiplications. The
     * table is capped at 2^16 entries (about 20 MB) and max at 2^32, so that a forged total weight
     * cannot exhaust memory or time.
     */
    static final class DiscreteLog {
        static final long MAX_TOTAL = 1L << 32;
        private static final long MAX_BABY_STEPS = 1L << 16;
        private final long max;
        private final long step;
        private final Map<BigInteger, Long> baby = new HashMap<>();
        private final BigInteger giant;

        DiscreteLog(long max) {
            if (max < 0 || max > MAX_TOTAL) {
                throw new BeleniosException(FailureCode.UNSUPPORTED, "total weight " + max + " is out of range");
            }
            this.max = max;
            this.step = Math.min(MAX_BABY_STEPS, (long) Math.ceil(Math.sqrt((double) max + 1)));
            BigInteger x = BigInteger.ONE;
            for (long j = 0; j < step; j++) {
                baby.putIfAbsent(x, j);
                x = Group.mulMod(x, Group.G);
            }
            this.giant = Group.inverse(x);
        }

        /** m with g^m = value and 0 <= m <= max, or -1. */
        long of(BigInteger value) {
            BigInteger x = value;
            for (long i = 0; i * step <= max; i++) {
                Long j = baby.get(x);
                if (j != null) {
                    long m = i * step + j;
                    return m <= max ? m : -1;
                }
                x = Group.mulMod(x, giant);
            }
            return -1;
        }
    }
}
