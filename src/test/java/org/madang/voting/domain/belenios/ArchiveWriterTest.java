package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveWriterTest {

    @Test
    void snapshotsArePrefixesAndResumingContinuesTheSameArchive() {
        FreshElection f = new FreshElection(4, List.of());
        ArchiveWriter w = f.start();
        byte[] setupOnly = w.toBytes();
        assertThat(ArchiveVerifier.verify(setupOnly, TestWorkers.of(1)).valid()).isTrue();
        w.addBallot(f.cast(0, f.plaintext(0)));
        byte[] one = w.toBytes();
        assertThat(Arrays.equals(one, 0, setupOnly.length, setupOnly, 0, setupOnly.length)).isTrue();

        ArchiveWriter resumed = ArchiveWriter.resume(one);
        assertThat(resumed.toBytes()).isEqualTo(one);
        for (int i = 1; i < 4; i++) {
            Ballot b = f.cast(i, f.plaintext(i));
            w.addBallot(b);
            resumed.addBallot(b);
        }
        assertThat(resumed.toBytes()).isEqualTo(w.toBytes());
        resumed.endBallots();
        resumed.addEncryptedTally(f.tally());
        assertThat(ArchiveWriter.resume(resumed.toBytes()).toBytes()).isEqualTo(resumed.toBytes());
        Verdict v = ArchiveVerifier.verify(resumed.toBytes(), TestWorkers.of(2));
        assertThat(v.valid()).as(v.toString()).isTrue();
        assertThat(v.summary().tallied()).isEqualTo(4);
    }

    @Test
    void anArchiveWrittenToAStreamIsTheSameBytesAsOneKeptInMemory() {
        FreshElection f = new FreshElection(3, List.of());
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        ArchiveWriter streamed = ArchiveWriter.create(FreshElection.TIMESTAMP, f.election, f.trusteeList, f.credentials,
                stream);
        ArchiveWriter kept = f.start();
        for (int i = 0; i < 3; i++) {
            Ballot b = f.cast(i, f.plaintext(i));
            kept.addBallot(b);
            streamed.addStoredBallot(b.bytes());
        }
        kept.endBallots();
        streamed.endBallots();
        assertThat(stream.toByteArray()).isEqualTo(kept.toBytes());
        assertThatThrownBy(streamed::toBytes).isInstanceOf(IllegalStateException.class);
        assertThat(ArchiveVerifier.verify(stream.toByteArray(), TestWorkers.of(1)).valid()).isTrue();
    }

    @Test
    void eventsMustComeInTheProtocolsOrder() {
        FreshElection f = new FreshElection(2, List.of());
        ArchiveWriter w = f.start();
        assertThatThrownBy(() -> w.addEncryptedTally(f.tally())).isInstanceOf(BeleniosException.class);
        w.addBallot(f.cast(0, f.plaintext(0)));
        w.endBallots();
        assertThatThrownBy(() -> w.addBallot(f.cast(1, f.plaintext(1)))).isInstanceOf(BeleniosException.class);
        assertThatThrownBy(w::endBallots).isInstanceOf(BeleniosException.class);
        f.ballots.remove(1);
        TallyResult t = f.tally();
        w.addEncryptedTally(t);
        PartialDecryption pd = PartialDecryption.create(f.ctx, t.tally(), f.trustees.get(0).privateKey(), f.random);
        assertThatThrownBy(() -> w.addPartialDecryption(3, pd)).isInstanceOf(BeleniosException.class);
        w.addPartialDecryption(1, pd);
        assertThatThrownBy(() -> w.addPartialDecryption(1, pd)).isInstanceOf(BeleniosException.class);
        assertThatThrownBy(() -> w.addResult(new ElectionResult(List.of()))).isInstanceOf(BeleniosException.class);
    }
}
