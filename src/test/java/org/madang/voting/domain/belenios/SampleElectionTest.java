package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference election made by belenios-tool: our code must agree with every value in it. */
class SampleElectionTest {

    @Test
    void fingerprintIsTheHashOfTheElectionBytes() {
        Election e = Sample.election();
        assertThat(e.fingerprint()).isEqualTo(Sample.FINGERPRINT);
        assertThat(e.uuid()).isEqualTo(Sample.UUID);
        assertThat(e.questions()).containsExactly(Question.of("Who?", List.of("Alice", "Bob", "Carol"), 1, 1));
        assertThat(e.json() + "\n").isEqualTo(Sample.text("election.json"));
    }

    @Test
    void trusteeKeysAndProofsOfKnowledgeAreValidAndMakeTheElectionKey() {
        Trustees t = Sample.trustees();
        t.checkAll();
        Sample.election().checkKey(t);
        List<BigInteger> x = Sample.privateKeys();
        for (int i = 0; i < 3; i++) {
            assertThat(Group.gPow(x.get(i))).isEqualTo(t.keys().get(i).publicKey());
            TrusteePublicKey fromFile = TrusteePublicKey.parse(
                    Json.withoutFinalNewline(Sample.text(Sample.KEY_IDS.get(i) + ".pubkey")));
            assertThat(fromFile).isEqualTo(t.keys().get(i));
            assertThat(fromFile.toCanonicalJson() + "\n").isEqualTo(Sample.text(Sample.KEY_IDS.get(i) + ".pubkey"));
        }
        assertThat(t.toCanonicalJson() + "\n").isEqualTo(Sample.text("trustees.json"));
    }

    @Test
    void aTamperedProofOfKnowledgeIsRefused() {
        TrusteePublicKey k = Sample.trustees().keys().get(0);
        Proof p = k.pok();
        TrusteePublicKey bad = new TrusteePublicKey(new Proof(p.challenge(), p.response().add(BigInteger.ONE)), k.publicKey());
        assertThat(bad.isValid()).isFalse();
        assertThat(new TrusteePublicKey(p, Sample.trustees().keys().get(1).publicKey()).isValid()).isFalse();
    }

    @Test
    void credentialsDerivedFromThePrintedOnesAreThePublicOnes() {
        Archive a = Archive.read(Sample.bel());
        PublicCredentials inArchive = PublicCredentials.parse(a.text(setup(a).credentials()));
        PublicCredentials fromFile = PublicCredentials.fromToolFile(Sample.text("public_creds.json"));
        assertThat(fromFile).isEqualTo(inArchive);
        Set<BigInteger> derived = new HashSet<>();
        for (String printed : Sample.privateCredentials().values()) {
            assertThat(Credentials.isValid(printed)).isTrue();
            derived.add(Credentials.publicCredential(printed, Sample.UUID));
        }
        assertThat(derived).isEqualTo(inArchive.weights().keySet()).hasSize(20);
    }

    @Test
    void everyBallotIsValidAndTheTallyIsTheStoredOne() {
        ElectionContext ctx = Sample.context();
        Archive a = Archive.read(Sample.bel());
        Set<BigInteger> creds = PublicCredentials.parse(a.text(setup(a).credentials())).weights().keySet();
        BallotVerifier v = new BallotVerifier(ctx);
        List<Ballot> ballots = new ArrayList<>();
        for (String json : Sample.payloads(a, EventType.Ballot)) {
            ballots.add(v.parseAndVerify(json, creds));
        }
        assertThat(ballots).hasSize(20);
        TallyResult t = Tally.compute(ctx.election(), ballots, PublicCredentials.parse(a.text(setup(a).credentials())).weights(), TestWorkers.of(2));
        String stored = Sample.payloads(a, EventType.EncryptedTally).get(0);
        assertThat(stored).isEqualTo("{\"num_tallied\":20,\"total_weight\":20,\"encrypted_tally\":\""
                + Group.sha256Hex(t.tally().toCanonicalJson().getBytes()) + "\"}");
        assertThat(t.sizedJson(Group.sha256Hex(t.tally().toCanonicalJson().getBytes()))).isEqualTo(stored);
    }

    @Test
    void partialDecryptionsVerifyAndGiveTheResult() {
        ElectionContext ctx = Sample.context();
        Archive a = Archive.read(Sample.bel());
        EncryptedTally tally = EncryptedTally.parse(a.text(
                ArchivePayloads.SizedTally.parse(Sample.payloads(a, EventType.EncryptedTally).get(0)).encryptedTally()));
        List<PartialDecryption> pds = new ArrayList<>();
        for (String owned : Sample.payloads(a, EventType.PartialDecryption)) {
            ArchivePayloads.Owned o = ArchivePayloads.Owned.parse(owned);
            PartialDecryption pd = PartialDecryption.parse(a.text(o.payload()));
            BigInteger key = Sample.trustees().keys().get(o.owner() - 1).publicKey();
            assertThat(pd.check(ctx, tally, key)).isNull();
            assertThat(pd.check(ctx, tally, Sample.trustees().keys().get(o.owner() % 3).publicKey())).isNotNull();
            pds.add(pd);
        }
        ElectionResult r = ElectionResult.compute(tally, pds, 20);
        assertThat(r.counts()).containsExactly(List.of(7L, 7L, 6L));
        assertThat(r.toCanonicalJson()).isEqualTo(Sample.payloads(a, EventType.Result).get(0))
                .isEqualTo("{\"result\":[[7,7,6]]}");
    }

    @Test
    void ourPartialDecryptionsWithTheSamplePrivateKeysVerifyToo() {
        ElectionContext ctx = Sample.context();
        Archive a = Archive.read(Sample.bel());
        EncryptedTally tally = EncryptedTally.parse(a.text(
                ArchivePayloads.SizedTally.parse(Sample.payloads(a, EventType.EncryptedTally).get(0)).encryptedTally()));
        List<PartialDecryption> pds = new ArrayList<>();
        SecureRandom rnd = new SecureRandom();
        for (int i = 0; i < 3; i++) {
            PartialDecryption pd = PartialDecryption.create(ctx, tally, Sample.privateKeys().get(i), rnd);
            assertThat(pd.check(ctx, tally, Sample.trustees().keys().get(i).publicKey())).isNull();
            pds.add(pd);
        }
        assertThat(ElectionResult.compute(tally, pds, 20).counts()).containsExactly(List.of(7L, 7L, 6L));
    }

    @Test
    void everyArchiveMemberRoundTripsByteForByteThroughTheModel() {
        Archive a = Archive.read(Sample.bel());
        ArchivePayloads.SetupData s = setup(a);
        assertThat(Election.parse(a.text(s.election())).json()).isEqualTo(a.text(s.election()));
        assertThat(Trustees.parse(a.text(s.trustees())).toCanonicalJson()).isEqualTo(a.text(s.trustees()));
        assertThat(PublicCredentials.parse(a.text(s.credentials())).toCanonicalJson()).isEqualTo(a.text(s.credentials()));
        assertThat(s.toCanonicalJson()).isEqualTo(a.text(a.events().get(0).event().payload()));
        for (String b : Sample.payloads(a, EventType.Ballot)) {
            Ballot ballot = Ballot.parse(b);
            String rewritten = Ballot.signed(ballot.electionUuid(), ballot.electionHash(), ballot.credential(),
                    ballot.answers(), ballot.signature()).json();
            assertThat(rewritten).isEqualTo(b);
        }
        String et = ArchivePayloads.SizedTally.parse(Sample.payloads(a, EventType.EncryptedTally).get(0)).encryptedTally();
        assertThat(EncryptedTally.parse(a.text(et)).toCanonicalJson()).isEqualTo(a.text(et));
        for (String owned : Sample.payloads(a, EventType.PartialDecryption)) {
            ArchivePayloads.Owned o = ArchivePayloads.Owned.parse(owned);
            assertThat(o.toCanonicalJson()).isEqualTo(owned);
            assertThat(PartialDecryption.parse(a.text(o.payload())).toCanonicalJson()).isEqualTo(a.text(o.payload()));
        }
        for (Archive.EventRecord r : a.events()) {
            assertThat(Group.sha256Hex(r.event().toCanonicalJson().getBytes())).isEqualTo(r.hash());
        }
    }

    @Test
    void theArchiveIsRebuiltByteForByteAndVerifies() {
        byte[] bel = Sample.bel();
        assertThat(ArchiveWriter.rebuild(Archive.read(bel))).isEqualTo(bel);
        assertThat(ArchiveWriter.resume(bel).toBytes()).isEqualTo(bel);
        Verdict v = ArchiveVerifier.verify(bel, TestWorkers.of(2));
        assertThat(v.valid()).as(v.toString()).isTrue();
        assertThat(v.summary().ballots()).isEqualTo(20);
        assertThat(v.summary().tallied()).isEqualTo(20);
        assertThat(v.summary().result().counts()).containsExactly(List.of(7L, 7L, 6L));
        assertThat(v.summary().fingerprint()).isEqualTo(Sample.FINGERPRINT);
    }

    @Test
    void theArchiveWrittenFromTheSampleDataIsIdentical() {
        Archive a = Archive.read(Sample.bel());
        ArchivePayloads.SetupData s = setup(a);
        ArchiveWriter w = ArchiveWriter.create(a.timestamp(), Election.parse(a.text(s.election())),
                Trustees.parse(a.text(s.trustees())), PublicCredentials.parse(a.text(s.credentials())));
        for (String b : Sample.payloads(a, EventType.Ballot)) {
            w.addBallot(Ballot.parse(b));
        }
        w.endBallots();
        ArchivePayloads.SizedTally st = ArchivePayloads.SizedTally.parse(Sample.payloads(a, EventType.EncryptedTally).get(0));
        w.addEncryptedTally(new TallyResult(EncryptedTally.parse(a.text(st.encryptedTally())), (int) st.numTallied(),
                st.totalWeight()));
        for (String owned : Sample.payloads(a, EventType.PartialDecryption)) {
            ArchivePayloads.Owned o = ArchivePayloads.Owned.parse(owned);
            w.addPartialDecryption(o.owner(), PartialDecryption.parse(a.text(o.payload())));
        }
        w.addResult(ElectionResult.parse(Sample.payloads(a, EventType.Result).get(0)));
        assertThat(w.toBytes()).isEqualTo(Sample.bel());
    }

    /** A second belenios-tool election, with weights 3 and 1 ("cred,3" in the archive). */
    @Test
    void aWeightedElectionMadeByTheToolVerifies() {
        byte[] bel = Sample.bytes("/belenios/weighted-election.bel");
        Verdict v = ArchiveVerifier.verify(bel, TestWorkers.of(2));
        assertThat(v.valid()).as(v.toString()).isTrue();
        assertThat(v.summary().result().counts()).containsExactly(List.of(3L, 0L, 1L));
        assertThat(ArchiveWriter.resume(bel).toBytes()).isEqualTo(bel);
    }

    static ArchivePayloads.SetupData setup(Archive a) {
        return ArchivePayloads.SetupData.parse(a.text(a.events().get(0).event().payload()));
    }
}
