package org.madang.voting.domain.belenios;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies a {@code .bel} archive: everything {@code belenios-tool election verify} 2.0 checks
 * (canonical tar, hash chain, trustee keys, election key, every ballot, partial decryptions,
 * result), and also what it does not: that the stored encrypted tally and num_tallied/total_weight
 * are those of the ballots in the archive. Archives of elections still in progress are verified
 * as far as they go. Ballots are verified on {@code threads} threads.
 */
public final class ArchiveVerifier {
    private ArchiveVerifier() {
    }

    public static Verdict verify(Path bel, Workers workers) {
        try {
            return verify(Files.readAllBytes(bel), workers);
        } catch (IOException e) {
            return Verdict.failure(FailureCode.MALFORMED_ARCHIVE, "cannot read " + bel + ": " + e.getMessage());
        }
    }

    public static Verdict verify(byte[] bel, Workers workers) {
        try {
            return new Run(Archive.read(bel), workers).verify();
        } catch (BeleniosException e) {
            return Verdict.failure(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            // a bug or an input nobody foresaw: never a valid verdict, and never an exception for the caller
            return Verdict.failure(FailureCode.MALFORMED_ARCHIVE, "cannot verify: " + e);
        }
    }

    /** One verification: walks the events once, in order. */
    private static final class Run {
        private final Archive archive;
        private final Workers workers;
        private ElectionContext ctx;
        private Trustees trustees;
        private PublicCredentials credentials;
        private final List<String> ballotHashes = new ArrayList<>();
        private TallyResult storedTally;
        private final Map<Integer, PartialDecryption> decryptions = new TreeMap<>();
        private ElectionResult result;
        private boolean ended;
        private long ballotNanos;
        private List<Tally.Entry> ballots = List.of();

        Run(Archive archive, Workers workers) {
            this.archive = archive;
            this.workers = workers;
        }

        Verdict verify() {
            long difference = ArchiveWriter.firstDifferenceFromCanonical(archive);
            if (difference >= 0) {
                throw fail(FailureCode.NON_CANONICAL_ARCHIVE,
                        "the archive differs from Belenios' canonical layout at byte " + difference);
            }
            List<Archive.EventRecord> events = archive.events();
            if (events.isEmpty() || events.get(0).event().type() != EventType.Setup) {
                throw fail(FailureCode.EVENT_ORDER, "the archive does not start with a Setup event");
            }
            setup(events.get(0).event().payload());
            for (int i = 1; i < events.size(); i++) {
                step(events.get(i).event());
            }
            checkBallots();
            if (storedTally != null) {
                checkTally();
            }
            if (!decryptions.isEmpty()) {
                checkDecryptions();
            }
            if (result != null) {
                checkResult();
            }
            return Verdict.ok(new Verdict.Summary(ctx.election().uuid(), ctx.fingerprint(), ballotHashes.size(),
                    storedTally == null ? null : storedTally.numTallied(), result, ballotNanos, ctx.election().name(),
                    ctx.election().questions()));
        }

        private void setup(String payloadHash) {
            ArchivePayloads.SetupData s = ArchivePayloads.SetupData.parse(archive.text(payloadHash));
            Election election = Election.parse(archive.text(s.election()));
            trustees = Trustees.parse(archive.text(s.trustees()));
            credentials = PublicCredentials.parse(archive.text(s.credentials()));
            trustees.checkAll();
            election.checkKey(trustees);
            credentials.checkAll(workers);
            ctx = ElectionContext.of(election);
        }

        private void step(ArchiveEvent e) {
            switch (e.type()) {
                case Setup -> throw order(e, "a second Setup event");
                case Ballot -> {
                    if (ended) {
                        throw order(e, "a ballot after EndBallots");
                    }
                    ballotHashes.add(e.payload());
                }
                case EndBallots -> {
                    if (ended) {
                        throw order(e, "a second EndBallots");
                    }
                    ended = true;
                }
                case EncryptedTally -> {
                    if (!ended || storedTally != null) {
                        throw order(e, "an encrypted tally outside the tally step");
                    }
                    storedTally = readTally(e.payload());
                }
                case PartialDecryption -> {
                    if (storedTally == null || result != null) {
                        throw order(e, "a partial decryption outside the decryption step");
                    }
                    ArchivePayloads.Owned o = ArchivePayloads.Owned.parse(archive.text(e.payload()));
                    if (o.owner() < 1 || o.owner() > trustees.size() || decryptions.containsKey(o.owner())) {
                        throw fail(FailureCode.BAD_PARTIAL_DECRYPTION, "unexpected partial decryption from trustee "
                                + o.owner());
                    }
                    decryptions.put(o.owner(), PartialDecryption.parse(archive.text(o.payload())));
                }
                case Result -> {
                    if (storedTally == null || result != null) {
                        throw order(e, "a result outside the result step");
                    }
                    if (decryptions.size() != trustees.size()) {
                        throw fail(FailureCode.BAD_PARTIAL_DECRYPTION, "the result was published before every "
                                + "trustee's partial decryption (" + decryptions.size() + " of " + trustees.size() + ")");
                    }
                    result = ElectionResult.parse(archive.text(e.payload()));
                }
                default -> throw fail(FailureCode.UNSUPPORTED, "event " + e.type() + " (mixnets) is not supported");
            }
        }

        private TallyResult readTally(String payloadHash) {
            ArchivePayloads.SizedTally s = ArchivePayloads.SizedTally.parse(archive.text(payloadHash));
            EncryptedTally t = EncryptedTally.parse(archive.text(s.encryptedTally()));
            if (!t.fits(ctx.election())) {
                throw fail(FailureCode.TALLY_MISMATCH, "the encrypted tally does not have the shape of the questions");
            }
            if (s.numTallied() < 0 || s.numTallied() > Integer.MAX_VALUE) {
                throw fail(FailureCode.COUNT_MISMATCH, "num_tallied is out of range");
            }
            return new TallyResult(t, (int) s.numTallied(), s.totalWeight());
        }

        private void checkBallots() {
            long t0 = System.nanoTime();
            ballots = ParallelBallots.verify(ctx, ballotHashes.size(), i -> archive.data(ballotHashes.get(i)),
                    credentials.weights().keySet(), workers);
            ballotNanos = System.nanoTime() - t0;
        }

        /** The check belenios-tool 2.0 lacks: the stored tally must be the one of the archived ballots. */
        private void checkTally() {
            TallyResult computed = Tally.computeEntries(ctx.election(), ballots, credentials.weights(), workers);
            if (!computed.tally().equals(storedTally.tally())) {
                throw fail(FailureCode.TALLY_MISMATCH, "the stored encrypted tally is not the product of the "
                        + "last ballot of each credential");
            }
            if (computed.numTallied() != storedTally.numTallied() || computed.totalWeight() != storedTally.totalWeight()) {
                throw fail(FailureCode.COUNT_MISMATCH, "the archive says " + storedTally.numTallied() + " ballots (weight "
                        + storedTally.totalWeight() + ") were tallied, but its ballots give " + computed.numTallied()
                        + " (weight " + computed.totalWeight() + ")");
            }
        }

        private void checkDecryptions() {
            for (Map.Entry<Integer, PartialDecryption> d : decryptions.entrySet()) {
                BigInteger key = trustees.keys().get(d.getKey() - 1).publicKey();
                String problem = d.getValue().check(ctx, storedTally.tally(), key);
                if (problem != null) {
                    throw fail(FailureCode.BAD_PARTIAL_DECRYPTION, "partial decryption of trustee " + d.getKey() + ": "
                            + problem);
                }
            }
        }

        private void checkResult() {
            ElectionResult computed = ElectionResult.compute(storedTally.tally(), new ArrayList<>(decryptions.values()),
                    storedTally.totalWeight());
            if (!computed.equals(result)) {
                throw fail(FailureCode.RESULT_MISMATCH, "the published result " + result.toCanonicalJson()
                        + " is not the decryption of the tally " + computed.toCanonicalJson());
            }
        }

        private static BeleniosException order(ArchiveEvent e, String what) {
            return fail(FailureCode.EVENT_ORDER, what + " at height " + e.height());
        }

        private static BeleniosException fail(FailureCode code, String message) {
            return new BeleniosException(code, message);
        }

    }
}
