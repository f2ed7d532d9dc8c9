package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** Forged variants of the sample archive, rebuilt with a consistent hash chain so that only the content is wrong. */
final class TamperedArchives {
    private TamperedArchives() {
    }

    /**
     * The sample archive without ballot {@code skip} (0-based); it keeps the original encrypted tally
     * and num_tallied, but the trustees' decryptions and the result are recomputed from the
     * remaining ballots - what belenios-tool's own recomputation would accept.
     */
    static byte[] withoutBallot(byte[] bel, int skip) {
        return rebuild(bel, skip, false);
    }

    /** Same, but the stored tally is recomputed too and only num_tallied/total_weight keep the old count. */
    static byte[] withoutBallotButOldCount(byte[] bel, int skip) {
        return rebuild(bel, skip, true);
    }

    private static byte[] rebuild(byte[] bel, int skip, boolean storeNewTally) {
        Archive a = Archive.read(bel);
        ArchivePayloads.SetupData s = SampleElectionTest.setup(a);
        Election e = Election.parse(a.text(s.election()));
        Trustees t = Trustees.parse(a.text(s.trustees()));
        PublicCredentials c = PublicCredentials.parse(a.text(s.credentials()));
        ArchiveWriter w = ArchiveWriter.create(a.timestamp(), e, t, c);
        List<Ballot> kept = new ArrayList<>();
        List<String> ballots = Sample.payloads(a, EventType.Ballot);
        for (int i = 0; i < ballots.size(); i++) {
            if (i != skip) {
                Ballot b = Ballot.parse(ballots.get(i));
                kept.add(b);
                w.addBallot(b);
            }
        }
        w.endBallots();
        ArchivePayloads.SizedTally old = ArchivePayloads.SizedTally.parse(Sample.payloads(a, EventType.EncryptedTally).get(0));
        TallyResult recomputed = Tally.compute(e, kept, c.weights(), TestWorkers.of(1));
        EncryptedTally stored = storeNewTally ? recomputed.tally() : EncryptedTally.parse(a.text(old.encryptedTally()));
        w.addEncryptedTally(new TallyResult(stored, (int) old.numTallied(), old.totalWeight()));
        ElectionContext ctx = ElectionContext.of(e);
        List<PartialDecryption> pds = new ArrayList<>();
        List<BigInteger> keys = Sample.privateKeys();
        for (int i = 0; i < keys.size(); i++) {
            PartialDecryption pd = PartialDecryption.create(ctx, recomputed.tally(), keys.get(i), new SecureRandom());
            pds.add(pd);
            w.addPartialDecryption(i + 1, pd);
        }
        w.addResult(ElectionResult.compute(recomputed.tally(), pds, recomputed.totalWeight()));
        return w.toBytes();
    }
}
