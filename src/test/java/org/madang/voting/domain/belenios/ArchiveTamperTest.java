package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forged archives: the verdict must name the first thing that is wrong. */
class ArchiveTamperTest {

    private static Verdict verify(byte[] bel) {
        return ArchiveVerifier.verify(bel, TestWorkers.of(2));
    }

    private static void refused(byte[] bel, FailureCode code) {
        Verdict v = verify(bel);
        assertThat(v.valid()).as("forged archive accepted").isFalse();
        assertThat(v.code()).as(v.message()).isEqualTo(code);
        assertThat(v.message()).isNotBlank();
    }

    @Test
    void aRemovedBallotIsCaughtByTheStoredTallyCheck() {
        refused(TamperedArchives.withoutBallot(Sample.bel(), 7), FailureCode.TALLY_MISMATCH);
    }

    @Test
    void aStoredCountThatDoesNotMatchTheBallotsIsCaught() {
        refused(TamperedArchives.withoutBallotButOldCount(Sample.bel(), 0), FailureCode.COUNT_MISMATCH);
    }

    @Test
    void changedBytesReorderedOrExtraMembersAreCaught() {
        byte[] bel = Sample.bel();
        byte[] flipped = bel.clone();
        flipped[512 * 3 + 100] ^= 1;
        refused(flipped, FailureCode.HASH_MISMATCH);

        byte[] padded = Arrays.copyOf(bel, bel.length + 1024);
        refused(padded, FailureCode.NON_CANONICAL_ARCHIVE);
        refused(Arrays.copyOf(bel, bel.length - 700), FailureCode.MALFORMED_ARCHIVE);

        // election (header + 2 blocks) and trustees (header + 5 blocks) swapped: same members, other order
        int election = 1024;
        int trustees = election + 512 * 3;
        int rest = trustees + 512 * 6;
        byte[] swapped = new byte[bel.length];
        System.arraycopy(bel, 0, swapped, 0, election);
        System.arraycopy(bel, trustees, swapped, election, rest - trustees);
        System.arraycopy(bel, election, swapped, election + rest - trustees, trustees - election);
        System.arraycopy(bel, rest, swapped, rest, bel.length - rest);
        assertThat(Archive.read(swapped).events()).hasSize(27);
        refused(swapped, FailureCode.NON_CANONICAL_ARCHIVE);
    }

    @Test
    void aNonCanonicalBallotInTheArchiveIsCaught() {
        String ballot = Sample.payloads(Archive.read(Sample.bel()), EventType.Ballot).get(0);
        RawArchive r = RawArchive.sampleSetup();
        r.event(EventType.Ballot, r.data(ballot.replace(",\"answers\"", ", \"answers\"")));
        refused(r.bytes(), FailureCode.NON_CANONICAL_JSON);
    }

    @Test
    void anInvalidBallotInTheArchiveIsCaughtWithItsPosition() {
        List<String> ballots = Sample.payloads(Archive.read(Sample.bel()), EventType.Ballot);
        RawArchive r = RawArchive.sampleSetup();
        r.event(EventType.Ballot, r.data(ballots.get(0)));
        r.event(EventType.Ballot, r.data(ballots.get(1).replace("\"challenge\":\"1", "\"challenge\":\"2")));
        Verdict v = verify(r.bytes());
        assertThat(v.code()).isEqualTo(FailureCode.BAD_BALLOT);
        assertThat(v.message()).startsWith("ballot 2:");
    }

    @Test
    void theFirstBadBallotIsReportedWhateverTheNumberOfThreads(@TempDir Path tmp) throws IOException {
        List<String> ballots = Sample.payloads(Archive.read(Sample.bel()), EventType.Ballot);
        RawArchive r = RawArchive.sampleSetup();
        for (int i = 0; i < 10; i++) {
            String b = ballots.get(i);
            r.event(EventType.Ballot, r.data(i == 3 || i == 7 ? b.replace("\"challenge\":\"1", "\"challenge\":\"2") : b));
        }
        Path file = tmp.resolve(Sample.UUID + ".bel");
        Files.write(file, r.bytes());
        for (int threads : new int[] {1, 2, 4}) {
            Verdict v = ArchiveVerifier.verify(file, TestWorkers.of(threads));
            assertThat(v.code()).isEqualTo(FailureCode.BAD_BALLOT);
            assertThat(v.message()).startsWith("ballot 4:");
        }
        assertThat(ArchiveVerifier.verify(tmp.resolve("missing.bel"), TestWorkers.of(2)).code()).isEqualTo(FailureCode.MALFORMED_ARCHIVE);
    }

    @Test
    void eventsOutOfOrderOrOffTheChainAreCaught() {
        String ballot = Sample.payloads(Archive.read(Sample.bel()), EventType.Ballot).get(0);
        RawArchive late = RawArchive.sampleSetup();
        late.event(EventType.EndBallots, null);
        late.event(EventType.Ballot, late.data(ballot));
        refused(late.bytes(), FailureCode.EVENT_ORDER);

        RawArchive jump = RawArchive.sampleSetup();
        jump.event(new ArchiveEvent(jump.lastEvent(), jump.height() + 1, EventType.Ballot, jump.data(ballot)));
        refused(jump.bytes(), FailureCode.BROKEN_EVENT_CHAIN);

        RawArchive orphan = RawArchive.sampleSetup();
        orphan.event(new ArchiveEvent(null, orphan.height(), EventType.EndBallots, null));
        refused(orphan.bytes(), FailureCode.BROKEN_EVENT_CHAIN);
    }

    @Test
    void aWrongResultOrPartialDecryptionIsCaught() {
        Archive a = Archive.read(Sample.bel());
        RawArchive r = copyUpToDecryptions(a, 3);
        r.event(EventType.Result, r.data("{\"result\":[[8,6,6]]}"));
        refused(r.bytes(), FailureCode.RESULT_MISMATCH);

        RawArchive early = copyUpToDecryptions(a, 2);
        early.event(EventType.Result, early.data(Sample.payloads(a, EventType.Result).get(0)));
        refused(early.bytes(), FailureCode.BAD_PARTIAL_DECRYPTION);

        RawArchive wrongKey = copyUpToDecryptions(a, 0);
        ArchivePayloads.SizedTally st = ArchivePayloads.SizedTally.parse(Sample.payloads(a, EventType.EncryptedTally).get(0));
        PartialDecryption pd = PartialDecryption.create(Sample.context(), EncryptedTally.parse(a.text(st.encryptedTally())),
                Sample.privateKeys().get(1), new SecureRandom());
        String p = wrongKey.data(pd.toCanonicalJson());
        wrongKey.event(EventType.PartialDecryption, wrongKey.data(new ArchivePayloads.Owned(1, p).toCanonicalJson()));
        refused(wrongKey.bytes(), FailureCode.BAD_PARTIAL_DECRYPTION);
    }

    @Test
    void anInvalidTrusteeProofOfKnowledgeIsCaught() {
        Archive a = Archive.read(Sample.bel());
        ArchivePayloads.SetupData s = SampleElectionTest.setup(a);
        String trustees = a.text(s.trustees());
        String forged = trustees.replaceFirst("\"response\":\"2", "\"response\":\"3");
        assertThat(forged).isNotEqualTo(trustees);
        RawArchive r = new RawArchive(a.timestamp());
        String e = r.data(a.text(s.election()));
        String t = r.data(forged);
        String c = r.data(a.text(s.credentials()));
        r.event(EventType.Setup, r.data(new ArchivePayloads.SetupData(e, t, c).toCanonicalJson()));
        refused(r.bytes(), FailureCode.BAD_TRUSTEE_KEY);
    }

    @Test
    void aSnapshotWhileVotingIsOpenVerifies() {
        List<String> ballots = Sample.payloads(Archive.read(Sample.bel()), EventType.Ballot);
        RawArchive r = RawArchive.sampleSetup();
        for (int i = 0; i < 5; i++) {
            r.event(EventType.Ballot, r.data(ballots.get(i)));
        }
        Verdict v = verify(r.bytes());
        assertThat(v.valid()).as(v.toString()).isTrue();
        assertThat(v.summary().ballots()).isEqualTo(5);
        assertThat(v.summary().tallied()).isNull();
        assertThat(v.summary().result()).isNull();
    }

    /** The sample archive up to and including the first {@code pds} partial decryptions. */
    private static RawArchive copyUpToDecryptions(Archive a, int pds) {
        RawArchive r = RawArchive.sampleSetup();
        for (String b : Sample.payloads(a, EventType.Ballot)) {
            r.event(EventType.Ballot, r.data(b));
        }
        r.event(EventType.EndBallots, null);
        String sized = Sample.payloads(a, EventType.EncryptedTally).get(0);
        r.data(a.text(ArchivePayloads.SizedTally.parse(sized).encryptedTally()));
        r.event(EventType.EncryptedTally, r.data(sized));
        List<String> owned = Sample.payloads(a, EventType.PartialDecryption);
        for (int i = 0; i < pds; i++) {
            r.data(a.text(ArchivePayloads.Owned.parse(owned.get(i)).payload()));
            r.event(EventType.PartialDecryption, r.data(owned.get(i)));
        }
        return r;
    }
}
