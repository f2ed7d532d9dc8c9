package org.madang.voting.domain;

import org.madang.voting.domain.belenios.ArchiveWriter;
import org.madang.voting.domain.belenios.PartialDecryption;
import org.madang.voting.domain.belenios.PublicCredentials;
import org.madang.voting.domain.belenios.TallyResult;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(e, credentials, ballotsInOrder.stream().map(CastBallot::getBallotJson).toList(), bytes);
        return bytes.toByteArray();
    }

    /**
     * Writes the archive to {@code out} as it goes, from the ballots' stored JSON in casting order,
     * so that an archive of any size passes through bounded memory.
     */
    public static void write(Election e, PublicCredentials credentials, Iterable<String> ballotJsonInOrder,
                             OutputStream out) {
        ArchiveWriter w = ArchiveWriter.create(e.getArchiveTimestamp(), e.belenios(), e.beleniosTrustees(),
                credentials, out);
        for (String ballot : ballotJsonInOrder) {
            w.addStoredBallot(ballot.getBytes(StandardCharsets.UTF_8));
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
    }
}
