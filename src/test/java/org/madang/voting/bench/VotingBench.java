package org.madang.voting.bench;

import org.madang.voting.domain.belenios.ArchiveVerifier;
import org.madang.voting.domain.belenios.TestWorkers;
import org.madang.voting.domain.belenios.ArchiveWriter;
import org.madang.voting.domain.belenios.Ballot;
import org.madang.voting.domain.belenios.BallotBuilder;
import org.madang.voting.domain.belenios.Credentials;
import org.madang.voting.domain.belenios.Election;
import org.madang.voting.domain.belenios.ElectionContext;
import org.madang.voting.domain.belenios.ElectionResult;
import org.madang.voting.domain.belenios.PartialDecryption;
import org.madang.voting.domain.belenios.PublicCredentials;
import org.madang.voting.domain.belenios.Question;
import org.madang.voting.domain.belenios.Tally;
import org.madang.voting.domain.belenios.TallyResult;
import org.madang.voting.domain.belenios.TrusteeKeyPair;
import org.madang.voting.domain.belenios.Trustees;
import org.madang.voting.domain.belenios.Uuids;
import org.madang.voting.domain.belenios.Verdict;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The figures of issue 6, in one run on this machine (see bench/voting.sh):
 * <ol>
 *   <li>a 2000-ballot archive (one 1-of-3 question, two trustees, complete with tally, decryptions
 *       and result) verified by the portal's ArchiveVerifier on both cores and by
 *       {@code belenios-tool election verify}, ballots per second side by side;</li>
 *   <li>the tally steps on that archive — encrypted tally, each trustee's partial decryption, the
 *       result — by the portal and by belenios-tool ({@code compute-encrypted-tally}, {@code decrypt},
 *       {@code compute-result});</li>
 *   <li>tally, one partial decryption and the result for 100,000 ballots (ciphertexts taken from
 *       real ballots, reused; the cost is the same multiplications whatever the values), next to
 *       belenios-tool's time for as many ballots at its measured time per ballot.</li>
 * </ol>
 * Arguments: [ballots=2000] [tallyBallots=100000].
 */
public final class VotingBench {
    private static final SecureRandom RANDOM = new SecureRandom();

    private VotingBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        System.out.printf("cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        List<TrusteeKeyPair> keys = List.of(TrusteeKeyPair.generate(RANDOM), TrusteeKeyPair.generate(RANDOM));
        Trustees trustees = new Trustees(keys.stream().map(TrusteeKeyPair::publicKey).toList());
        String uuid = Uuids.generate(RANDOM);
        long t = System.nanoTime();
        List<String> printed = IntStream.range(0, n).parallel().mapToObj(i -> Credentials.generate(RANDOM)).toList();
        List<BigInteger> pub = printed.parallelStream().map(c -> Credentials.publicCredential(c, uuid)).toList();
        Election election = Election.create(uuid, "bench", "", List.of(Question.of("Who?", List.of("A", "B", "C"), 1, 1)),
                trustees, null, null);
        ElectionContext ctx = ElectionContext.of(election);
        List<Ballot> ballots = IntStream.range(0, n).parallel().mapToObj(i -> {
            int[] row = new int[3];
            row[i % 3] = 1;
            return new BallotBuilder(ctx, RANDOM).build(printed.get(i), new int[][] {row});
        }).toList();
        System.out.printf("setup: %d credentials and ballots built in %.1f s%n", n, secs(t));

        ArchiveWriter w = ArchiveWriter.create(System.currentTimeMillis() / 1000, election, trustees,
                PublicCredentials.of(pub));
        ballots.forEach(w::addBallot);
        w.endBallots();
        PublicCredentials creds = PublicCredentials.of(pub);
        TallyResult tally = Tally.compute(election, ballots, creds.weights(), TestWorkers.of(2));
        w.addEncryptedTally(tally);
        List<PartialDecryption> pds = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            PartialDecryption pd = PartialDecryption.create(ctx, tally.tally(), keys.get(i).privateKey(), RANDOM);
            pds.add(pd);
            w.addPartialDecryption(i + 1, pd);
        }
        w.addResult(ElectionResult.compute(tally.tally(), pds, tally.totalWeight()));
        byte[] bel = w.toBytes();
        Path dir = Files.createTempDirectory("voting-bench");
        Files.write(dir.resolve(uuid + ".bel"), bel);
        System.out.printf("archive: %s (%.1f MB)%n", dir.resolve(uuid + ".bel"), bel.length / 1e6);

        // warm-up on a copy, then the measured run
        ArchiveVerifier.verify(bel, TestWorkers.of(2));
        t = System.nanoTime();
        Verdict v = ArchiveVerifier.verify(bel, TestWorkers.of(2));
        double ours = secs(t);
        if (!v.valid()) {
            throw new IllegalStateException("own archive refused: " + v);
        }
        double oursBallots = v.summary().ballotNanos() / 1e9;
        System.out.printf("portal ArchiveVerifier (2 threads): whole archive %.2f s, ballots %.2f s = %.0f ballots/s%n",
                ours, oursBallots, n / oursBallots);

        double tool = tool(dir, "election", "verify", "--dir", dir.toString());
        System.out.printf("belenios-tool election verify: %.2f s = %.0f ballots/s (whole archive)%n", tool, n / tool);
        System.out.printf("ratio (ballots/s, portal ballots vs tool whole run): %.1fx; whole runs: %.1fx%n",
                tool / oursBallots, tool / ours);

        // the tally steps side by side on the same archive: belenios-tool's compute-encrypted-tally,
        // decrypt (per trustee) and compute-result, each a whole run that re-reads and re-checks every
        // ballot, against the portal's tally, partial decryptions, their proof checks and the result
        // (its ballots were checked at casting; the figure with those checks added is printed too)
        double[] portal = new double[2];
        for (int round = 0; round < 2; round++) {
            t = System.nanoTime();
            TallyResult tr = Tally.compute(election, ballots, creds.weights(), TestWorkers.of(2));
            List<PartialDecryption> ds = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                PartialDecryption pd = PartialDecryption.create(ctx, tr.tally(), keys.get(i).privateKey(), RANDOM);
                if (pd.check(ctx, tr.tally(), keys.get(i).publicKey().publicKey()) != null) {
                    throw new IllegalStateException("own partial decryption refused");
                }
                ds.add(pd);
            }
            ElectionResult.compute(tr.tally(), ds, tr.totalWeight());
            portal[round] = secs(t);
        }
        double ourSteps = portal[1];
        double toolSteps = tool(dir, "election", "compute-encrypted-tally", "--dir", dir.toString());
        for (int i = 0; i < keys.size(); i++) {
            Path priv = dir.resolve("trustee" + (i + 1) + ".privkey");
            Files.writeString(priv, keys.get(i).privateKeyFile());
            toolSteps += tool(dir, "election", "decrypt", "--dir", dir.toString(), "--privkey", priv.toString(),
                    "--trustee-id", String.valueOf(i + 1));
        }
        toolSteps += tool(dir, "election", "compute-result", "--dir", dir.toString());
        System.out.printf("tally + %d partial decryptions + result of %d ballots: belenios-tool %.1f s (whole runs);"
                + " portal %.3f s = %.2f%% of belenios-tool's time; with every ballot checked again first %.2f s = %.1f%%%n",
                keys.size(), n, toolSteps, ourSteps, 100 * ourSteps / toolSteps, ourSteps + oursBallots,
                100 * (ourSteps + oursBallots) / toolSteps);
        System.out.printf("belenios-tool's tally steps take %.1f ms per ballot (each step re-checks every ballot),"
                + " about %.0f s for %d ballots%n", 1000 * toolSteps / n, toolSteps / n * big, big);

        tallyOf(election, ctx, ballots, keys, big);
        credentialsOf(big);
        deleteAll(dir);
    }

    /**
     * Tally, partial decryptions and the result for {@code big} ballots, the tally as the portal
     * closes an election: every stored ballot's JSON parsed and multiplied in, one at a time
     * (ballots of the sample reused under distinct credentials).
     */
    private static void tallyOf(Election election, ElectionContext ctx, List<Ballot> sample, List<TrusteeKeyPair> keys,
                                int big) {
        List<String> stored = sample.stream().map(Ballot::json).toList();
        Map<BigInteger, Long> weights = new HashMap<>();
        for (int i = 0; i < big; i++) {
            weights.put(BigInteger.valueOf(i + 1L), 1L);
        }
        long t = System.nanoTime();
        Tally.Accumulator acc = Tally.accumulator(election, weights);
        for (int i = 0; i < big; i++) {
            Ballot b = Ballot.parse(stored.get(i % stored.size()));
            acc.add(new Tally.Entry(BigInteger.valueOf(i + 1L), Tally.Entry.of(b).choices()));
        }
        TallyResult tr = acc.result();
        double tallySecs = secs(t);
        t = System.nanoTime();
        List<PartialDecryption> pds = new ArrayList<>();
        for (TrusteeKeyPair k : keys) {
            PartialDecryption pd = PartialDecryption.create(ctx, tr.tally(), k.privateKey(), RANDOM);
            if (pd.check(ctx, tr.tally(), k.publicKey().publicKey()) != null) {
                throw new IllegalStateException("own partial decryption refused");
            }
            pds.add(pd);
        }
        double decryptSecs = secs(t);
        t = System.nanoTime();
        ElectionResult r = ElectionResult.compute(tr.tally(), pds, tr.totalWeight());
        double resultSecs = secs(t);
        System.out.printf("%d ballots: tally (stored ballots parsed) %.2f s, %d partial decryptions made and checked %.3f s, result %.3f s,"
                + " total %.2f s; result %s%n", big, tallySecs, keys.size(), decryptSecs, resultSecs,
                tallySecs + decryptSecs + resultSecs, r.counts());
    }

    /** The cost of reading an election's public credentials, which the portal does once per election. */
    private static void credentialsOf(int big) {
        List<BigInteger> pub = IntStream.range(0, big).parallel()
                .mapToObj(i -> org.madang.voting.domain.belenios.Group.gPow(
                        org.madang.voting.domain.belenios.Group.randomExponent(RANDOM))).toList();
        String json = PublicCredentials.of(pub).toCanonicalJson();
        PublicCredentials.parse(json).weights();
        long t = System.nanoTime();
        int n = PublicCredentials.parse(json).weights().size();
        System.out.printf("%d public credentials: %.1f MB, read and parsed in %.2f s (once per election and server,"
                + " not at every cast)%n", n, json.length() / 1e6, secs(t));
    }

    /** Runs belenios-tool to completion and returns its wall time in seconds. */
    private static double tool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("belenios-tool"));
        cmd.addAll(List.of(args));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("belenios-tool " + String.join(" ", args) + " failed");
        }
        return secs(t);
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
        }
    }
}
