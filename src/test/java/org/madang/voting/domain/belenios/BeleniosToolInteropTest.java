package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance test is the independent verifier: belenios-tool 2.0 must accept what we write, and vice versa. */
class BeleniosToolInteropTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needsTheTool() {
        BeleniosTool.requireInstalled();
    }

    @Test
    void anElectionMadeEntirelyInJavaPassesVerifyAndVerifyDiff() throws IOException {
        FreshElection f = new FreshElection(10, List.of());
        ArchiveWriter w = f.start();
        for (int i = 0; i < 4; i++) {
            w.addBallot(f.cast(i, f.plaintext(i)));
        }
        byte[] snapshot = w.toBytes();
        for (int i = 4; i < 10; i++) {
            w.addBallot(f.cast(i, f.plaintext(i)));
        }
        w.addBallot(f.cast(2, new int[][] {{1, 0, 0}, {1, 0, 0, 0, 0}}));
        w.endBallots();
        TallyResult t = f.tally();
        assertThat(t.numTallied()).isEqualTo(10);
        w.addEncryptedTally(t);
        List<PartialDecryption> pds = new ArrayList<>();
        for (int i = 0; i < f.trustees.size(); i++) {
            PartialDecryption pd = PartialDecryption.create(f.ctx, t.tally(), f.trustees.get(i).privateKey(), f.random);
            pds.add(pd);
            w.addPartialDecryption(i + 1, pd);
        }
        ElectionResult r = ElectionResult.compute(t.tally(), pds, t.totalWeight());
        w.addResult(r);
        byte[] bel = w.toBytes();

        long[][] expected = {new long[3], new long[5]};
        for (int i = 0; i < 10; i++) {
            int[][] p = i == 2 ? new int[][] {{1, 0, 0}, {1, 0, 0, 0, 0}} : f.plaintext(i);
            for (int q = 0; q < 2; q++) {
                for (int j = 0; j < p[q].length; j++) {
                    expected[q][j] += p[q][j];
                }
            }
        }
        assertThat(r.counts().get(0)).containsExactly(expected[0][0], expected[0][1], expected[0][2]);
        assertThat(r.counts().get(1)).containsExactly(expected[1][0], expected[1][1], expected[1][2], expected[1][3],
                expected[1][4]);

        BeleniosTool.Run verify = BeleniosTool.verify(tmp, f.election.uuid(), bel);
        assertThat(verify.ok()).as(verify.toString()).isTrue();
        assertThat(ArchiveVerifier.verify(bel, TestWorkers.of(2)).valid()).isTrue();

        Path dir1 = Files.createDirectory(tmp.resolve("snapshot"));
        Path dir2 = Files.createDirectory(tmp.resolve("final"));
        Files.write(dir1.resolve(f.election.uuid() + ".bel"), snapshot);
        Files.write(dir2.resolve(f.election.uuid() + ".bel"), bel);
        BeleniosTool.Run diff = BeleniosTool.run(tmp, "election", "verify-diff", "--dir1", dir1.toString(),
                "--dir2", dir2.toString());
        assertThat(diff.ok()).as(diff.toString()).isTrue();
        BeleniosTool.Run reversed = BeleniosTool.run(tmp, "election", "verify-diff", "--dir1", dir2.toString(),
                "--dir2", dir1.toString());
        assertThat(reversed.ok()).as("the final archive is not a prefix of the snapshot").isFalse();
    }

    @Test
    void trusteeKeysAndPartialDecryptionsMadeByBeleniosToolAreAccepted() throws IOException {
        Path keyDir = Files.createDirectory(tmp.resolve("trustee"));
        BeleniosTool.Run gen = BeleniosTool.run(keyDir, "setup", "generate-trustee-key", "--group", Group.NAME);
        assertThat(gen.ok()).as(gen.toString()).isTrue();
        Path pubFile = only(keyDir, ".pubkey");
        Path privFile = only(keyDir, ".privkey");
        TrusteePublicKey toolKey = TrusteePublicKey.parse(Json.withoutFinalNewline(Files.readString(pubFile)));
        assertThat(toolKey.isValid()).isTrue();
        assertThat(toolKey.toCanonicalJson() + "\n").isEqualTo(Files.readString(pubFile));

        FreshElection f = new FreshElection(5, List.of(toolKey));
        ArchiveWriter w = f.start();
        f.castAll(w);
        w.endBallots();
        TallyResult t = f.tally();
        w.addEncryptedTally(t);
        List<PartialDecryption> pds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pds.add(PartialDecryption.create(f.ctx, t.tally(), f.trustees.get(i).privateKey(), f.random));
            w.addPartialDecryption(i + 1, pds.get(i));
        }
        Path electionDir = Files.createDirectory(tmp.resolve("election"));
        Files.write(electionDir.resolve(f.election.uuid() + ".bel"), w.toBytes());
        BeleniosTool.Run decrypt = BeleniosTool.run(electionDir, "election", "decrypt", "--dir", electionDir.toString(),
                "--privkey", privFile.toString(), "--trustee-id", "3");
        assertThat(decrypt.ok()).as(decrypt.toString()).isTrue();
        // the tool prints the partial decryption, then the {"owner":..,"payload":..} record for add-event
        String[] lines = decrypt.stdout().split("\n");
        PartialDecryption toolPd = PartialDecryption.parse(lines[0]);
        assertThat(lines[1]).isEqualTo(new ArchivePayloads.Owned(3, Group.sha256Hex(lines[0].getBytes())).toCanonicalJson());
        assertThat(toolPd.check(f.ctx, t.tally(), toolKey.publicKey())).isNull();
        pds.add(toolPd);
        w.addPartialDecryption(3, toolPd);
        ElectionResult r = ElectionResult.compute(t.tally(), pds, t.totalWeight());
        assertThat(r.counts()).isEqualTo(f.expectedCounts());
        w.addResult(r);

        Verdict ours = ArchiveVerifier.verify(w.toBytes(), TestWorkers.of(2));
        assertThat(ours.valid()).as(ours.toString()).isTrue();
        BeleniosTool.Run verify = BeleniosTool.verify(tmp, f.election.uuid(), w.toBytes());
        assertThat(verify.ok()).as(verify.toString()).isTrue();
    }

    @Test
    void ballotsMadeByTheToolForBlankAndMultipleChoiceQuestionsAreAccepted() throws IOException {
        FreshElection f = new FreshElection(2, List.of());
        Path dir = Files.createDirectory(tmp.resolve("booth"));
        Files.write(dir.resolve(f.election.uuid() + ".bel"), f.start().toBytes());
        Files.writeString(dir.resolve("cred"), f.printed.get(0) + "\n");
        BallotVerifier verifier = new BallotVerifier(f.ctx);
        for (String plaintext : List.of("[[0,1,0],[1,0,0,0,0]]", "[[0,0,1],[0,1,0,1,0]]")) {
            Files.writeString(dir.resolve("plaintext"), plaintext);
            BeleniosTool.Run gen = BeleniosTool.run(dir, "election", "generate-ballot", "--dir", dir.toString(),
                    "--privcred", dir.resolve("cred").toString(), "--ballot", dir.resolve("plaintext").toString());
            assertThat(gen.ok()).as(gen.toString()).isTrue();
            Ballot b = verifier.parseAndVerify(Json.withoutFinalNewline(gen.stdout()),
                    f.credentials.weights().keySet());
            assertThat(b.credential()).isEqualTo(Credentials.publicCredential(f.printed.get(0), f.election.uuid()));
        }
    }

    @Test
    void credentialDerivationAgreesWithTheTool() {
        FreshElection f = new FreshElection(1, List.of());
        String cred = f.printed.get(0);
        BeleniosTool.Run derive = BeleniosTool.run(tmp, "setup", "generate-credentials", "--uuid", f.election.uuid(),
                "--group", Group.NAME, "--derive", cred);
        assertThat(derive.ok()).as(derive.toString()).isTrue();
        assertThat(new BigInteger(derive.stdout().strip())).isEqualTo(Credentials.publicCredential(cred, f.election.uuid()));
    }

    @Test
    void aRemovedBallotWithARecomputedResultPassesTheToolButNotOurStoredTallyCheck() throws IOException {
        byte[] forged = TamperedArchives.withoutBallot(Sample.bel(), 5);
        BeleniosTool.Run verify = BeleniosTool.verify(tmp, Sample.UUID, forged);
        Verdict ours = ArchiveVerifier.verify(forged, TestWorkers.of(2));
        assertThat(ours.valid()).isFalse();
        assertThat(ours.code()).isEqualTo(FailureCode.TALLY_MISMATCH);
        // documents the gap this library closes; if a later belenios-tool catches it, all the better
        System.out.println("belenios-tool on the forged archive: exit " + verify.exitCode() + " " + verify.stderr().strip());
    }

    private static Path only(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> ps = s.filter(p -> p.toString().endsWith(suffix)).toList();
            assertThat(ps).hasSize(1);
            return ps.get(0);
        }
    }
}
