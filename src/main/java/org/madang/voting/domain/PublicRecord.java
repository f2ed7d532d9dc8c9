package org.madang.voting.domain;

import org.madang.voting.domain.belenios.ArchiveWriter;
import org.madang.voting.domain.belenios.PartialDecryption;
import org.madang.voting.domain.belenios.PublicCredentials;
import org.madang.voting.domain.belenios.TallyResult;

import java.util.Comparator;
import java.util.List;

/**
 * The election's public record as a Belenios archive ({@code <uuid>.bel}), rebuilt from the
 * stored rows. Rebuilding is deterministic (fixed timestamp, ballots in casting order, decryptions
 * in arrival order), so every snapshot published while voting is open is a byte prefix of every
 * later one, which is what {@code belenios-tool election verify-diff} checks.
 */
public final class PublicRecord {
    private PublicRecord() {
    }

    public static byte[] archive(Election e, PublicCredentials credentials, List<CastBallot> ballotsInOrder) {
        ArchiveWriter w = ArchiveWriter.create(e.getArchiveTimestamp(), e.belenios(), e.beleniosTrustees(),
                credentials);
        for (CastBallot b : ballotsInOrder) {
            w.addBallot(b.ballot());
        }
        TallyResult tally = e.tally();
        if (tally != null) {
            w.endBallots();
            w.addEncryptedTally(tally);
            e.getTrustees().stream().filter(Trustee::hasDecrypted)
                    .sorted(Comparator.comparing(Trustee::getDecryptionSeq))
                    .forEach(t -> w.addPartialDecryption(t.getPosition(), PartialDecryption.parse(t.getDecryption())));
            if (e.result() != null) {
                w.addResult(e.result());
            }
        }
        return w.toBytes();
    }
}
