package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.madang.testsupport.Browser;

/**
 * Trustees in the browser: their keys and partial decryptions must pass the Java core's checks and
 * belenios-tool's, and decrypt to the right result; a whole election run in the browser (ballots,
 * one trustee's key, every decryption) must give an archive that belenios-tool verifies.
 */
class BoothTrusteeIT {
    @RegisterExtension
    static final Browser browser = new Browser("en");
    private static BoothPage page;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        page = new BoothPage(browser);
    }

    @AfterAll
    static void stop() {
        page.close();
    }

    @BeforeEach
    void fresh() {
        page.open();
    }

    @Test
    void browserTrusteeKeysCarryAValidProofOfKnowledge() {
        Map<String, Object> k = page.generateTrusteeKey();
        TrusteePublicKey pub = TrusteePublicKey.parse((String) k.get("publicKeyJson"));
        assertThat(pub.isValid()).isTrue();
        BigInteger x = TrusteeKeyPair.parsePrivateKey((String) k.get("privateKeyFile"));
        assertThat(x).isEqualTo(new BigInteger((String) k.get("privateKey")));
        assertThat(Group.gPow(x)).isEqualTo(pub.publicKey());
        assertThat(pub.toCanonicalJson()).isEqualTo(k.get("publicKeyJson"));

        Map<String, Object> other = page.generateTrusteeKey();
        assertThat(other.get("privateKey")).isNotEqualTo(k.get("privateKey"));
        TrusteePublicKey forged = new TrusteePublicKey(pub.pok(), TrusteePublicKey.parse((String) other.get(
                "publicKeyJson")).publicKey());
        assertThat(forged.isValid()).as("a proof of knowledge is bound to its key").isFalse();

        assertThat(page.call("MadangBooth.generateTrusteeKey(args[0]).then(k => k.publicKeyJson)",
                Sample.text("election.json"))).asString().startsWith("{\"pok\":{\"challenge\":\"");
        assertCode(() -> page.call("MadangBooth.generateTrusteeKey(args[0])", "RFC-3526-2048"), "UNSUPPORTED");
    }

    @Test
    void browserDecryptionsOfTheReferenceTallyVerifyAndGiveItsResult() {
        Archive a = Archive.read(Sample.bel());
        ArchivePayloads.SizedTally st = ArchivePayloads.SizedTally.parse(
                Sample.payloads(a, EventType.EncryptedTally).get(0));
        String tallyJson = a.text(st.encryptedTally());
        EncryptedTally tally = EncryptedTally.parse(tallyJson);
        String election = Sample.text("election.json");
        List<TrusteePublicKey> keys = Sample.trustees().keys();
        List<PartialDecryption> pds = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            // the .privkey file as belenios-tool wrote it, quotes and newline included
            String json = page.partialDecrypt(Sample.text(Sample.KEY_IDS.get(i) + ".privkey"), tallyJson, election);
            PartialDecryption pd = PartialDecryption.parse(json);
            assertThat(pd.toCanonicalJson()).isEqualTo(json);
            assertThat(pd.check(Sample.context(), tally, keys.get(i).publicKey())).isNull();
            pds.add(pd);
        }
        assertThat(pds.get(0).check(Sample.context(), tally, keys.get(1).publicKey()))
                .as("trustee 1's decryption is not trustee 2's").isNotNull();
        assertThat(ElectionResult.compute(tally, pds, st.totalWeight()).toCanonicalJson())
                .isEqualTo("{\"result\":[[7,7,6]]}");

        String x = Sample.privateKeys().get(0).toString();
        assertCode(() -> page.partialDecrypt(x, "[" + tallyJson + "," + tallyJson.substring(1), election), "BAD_TALLY");
        String alpha = tally.ciphertexts().get(0).get(0).alpha().toString();
        // p - 1 has order 2: alpha^x would tell the parity of the trustee's key
        assertCode(() -> page.partialDecrypt(x, tallyJson.replace(alpha, Group.P.subtract(BigInteger.ONE).toString()),
                election), "BAD_TALLY");
        assertCode(() -> page.partialDecrypt(Group.Q.toString(), tallyJson, election), "BAD_KEY");
        assertCode(() -> page.partialDecrypt("-1", tallyJson, election), "BAD_KEY");
    }

    @Test
    void anElectionRunInTheBrowserPassesBeleniosTool() throws IOException {
        Map<String, Object> k = page.generateTrusteeKey();
        FreshElection f = new FreshElection(4, List.of(TrusteePublicKey.parse((String) k.get("publicKeyJson"))));
        List<String> privateKeys = new ArrayList<>();
        f.trustees.forEach(t -> privateKeys.add(t.privateKey().toString()));
        privateKeys.add((String) k.get("privateKey"));

        BallotVerifier verifier = new BallotVerifier(f.ctx);
        Set<BigInteger> creds = f.credentials.weights().keySet();
        ArchiveWriter w = f.start();
        int[][][] last = new int[4][][];
        byte[] snapshot = null;
        for (int i = 0; i < 5; i++) {
            int voter = i < 4 ? i : 1;
            last[voter] = i < 4 ? f.plaintext(i) : new int[][] {{0, 0, 1}, {1, 0, 0, 0, 0}};
            Ballot b = verifier.parseAndVerify(page.encrypt(f.election.json(), f.printed.get(voter),
                    BoothPage.choicesJson(last[voter])), creds);
            f.ballots.add(b);
            w.addBallot(b);
            if (i == 1) {
                snapshot = w.toBytes();
            }
        }
        w.endBallots();
        TallyResult t = f.tally();
        assertThat(t.numTallied()).isEqualTo(4);
        w.addEncryptedTally(t);
        List<PartialDecryption> pds = new ArrayList<>();
        for (int i = 0; i < f.trusteeList.size(); i++) {
            PartialDecryption pd = PartialDecryption.parse(
                    page.partialDecrypt(privateKeys.get(i), t.tally().toCanonicalJson(), f.election.json()));
            assertThat(pd.check(f.ctx, t.tally(), f.trusteeList.keys().get(i).publicKey())).isNull();
            pds.add(pd);
            w.addPartialDecryption(i + 1, pd);
        }
        ElectionResult r = ElectionResult.compute(t.tally(), pds, t.totalWeight());
        for (int[][] p : last) {
            for (int q = 0; q < 2; q++) {
                for (int j = 0; j < p[q].length; j++) {
                    f.expected[q][j] += p[q][j];
                }
            }
        }
        assertThat(r.counts()).isEqualTo(f.expectedCounts());
        w.addResult(r);
        byte[] bel = w.toBytes();
        assertThat(ArchiveVerifier.verify(bel, TestWorkers.of(2)).valid()).isTrue();

        BeleniosTool.requireInstalled();
        BeleniosTool.Run verify = BeleniosTool.verify(tmp, f.election.uuid(), bel);
        assertThat(verify.ok()).as(verify.toString()).isTrue();
        Path dir1 = Files.createDirectory(tmp.resolve("snapshot"));
        Path dir2 = Files.createDirectory(tmp.resolve("final"));
        Files.write(dir1.resolve(f.election.uuid() + ".bel"), snapshot);
        Files.write(dir2.resolve(f.election.uuid() + ".bel"), bel);
        BeleniosTool.Run diff = BeleniosTool.run(tmp, "election", "verify-diff", "--dir1", dir1.toString(),
                "--dir2", dir2.toString());
        assertThat(diff.ok()).as(diff.toString()).isTrue();
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BoothPage.BoothFailure.class,
                e -> assertThat(e.code).as(e.getMessage()).isEqualTo(code));
    }
}
