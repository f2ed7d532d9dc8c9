package org.madang.voting;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.madang.privacy.application.ExportSection;
import org.madang.voting.domain.belenios.Workers;
import org.madang.privacy.application.MyDataExport;
import org.madang.privacy.application.PersonalDataExport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.Electorate;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.domain.Region;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.Db;
import org.madang.voting.application.BallotRefused;
import org.madang.voting.application.Booth;
import org.madang.voting.application.ElectionAdministration;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.PublicBoard;
import org.madang.voting.application.Trusteeship;
import org.madang.voting.domain.ElectionPhase;
import org.madang.voting.domain.belenios.ArchiveVerifier;
import org.madang.voting.domain.belenios.BallotBuilder;
import org.madang.voting.domain.belenios.BallotProblem;
import org.madang.voting.domain.belenios.Election;
import org.madang.voting.domain.belenios.ElectionContext;
import org.madang.voting.domain.belenios.Question;
import org.madang.voting.domain.belenios.TrusteeKeyPair;
import org.madang.voting.domain.belenios.Trustees;
import org.madang.voting.domain.belenios.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Elections inside the running server, through the services' EJB boundary: set-up with a trustee
 * key made by belenios-tool, freeze with credentials delivered to the inbox, casting with ballots
 * made by the project's ballot code, a revote and every kind of refusal, closing, the tally, a
 * partial decryption made by belenios-tool, the result; and the archive, downloaded before and
 * after, which belenios-tool verifies (verify and verify-diff).
 */
@ExtendWith(ArquillianExtension.class)
class VotingArquillianIT {
    private static final String DEMO = "Madang!2026";
    private static final String ADMIN = "election@madang.go.kr";
    private static final String PASSWORD = "Voter!2026pw";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    MyDataExport myData;
    @Inject
    ElectionAdministration admin;
    @Inject
    Trusteeship trusteeship;
    @Inject
    Booth booth;
    @Inject
    PublicBoard board;
    @Inject
    AccountRegistration registration;
    @Inject
    Callers callers;
    @Inject
    Electorate electorate;

    private String register(String name) {
        String email = "voter." + System.nanoTime() + "." + SEQ.incrementAndGet() + "@it.example.kr";
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(email);
        f.setPassword(PASSWORD);
        f.setPasswordConfirmation(PASSWORD);
        f.setBirthDate(LocalDate.of(1990, 1, 2));
        f.setRegion(Region.SEOUL);
        assertThat(registration.register(f).outcome()).isEqualTo(AccountRegistration.Outcome.CREATED);
        return email;
    }

    private static Object sql(String query, Object... params) throws Exception {
        return query.startsWith("select") ? Db.value(query, params) : Db.update(query, params);
    }

    /** The credential the freeze delivered to this person's inbox. */
    private static String credentialOf(String email, String uuid) throws Exception {
        return (String) sql("select m.arguments[2] from inbox_message m join account a on a.id = m.account_id "
                + "where a.email = ? and m.subject_key = 'voting.notice.credential.subject' and m.arguments[3] = ? "
                + "order by m.id desc limit 1", email, uuid);
    }

    private String newElection(Instant opens, Instant closes) throws Exception {
        return callers.as(ADMIN, DEMO, () -> {
            String uuid = admin.create("IT 투표 " + SEQ.incrementAndGet(), "integration test", opens, closes);
            admin.addQuestion(uuid, "Who?", List.of("Alice", "Bob", "Carol"), 1, 1);
            admin.addQuestion(uuid, "Which?", List.of("P", "Q", "R", "S"), 1, 2);
            return uuid;
        });
    }

    private ElectionViews.CastReceipt cast(String email, String uuid, String json) throws Exception {
        return callers.as(email, PASSWORD, () -> booth.cast(uuid, json));
    }

    @Test
    void anElectionRunsFromSetUpToAResultThatBeleniosToolVerifies() throws Exception {
        Path tmp = Files.createTempDirectory("voting-it");
        List<String> voters = List.of(register("유권자 하나"), register("유권자 둘"), register("유권자 셋"));
        String trustee = register("관리위원");
        String outsider = register("명부 밖");
        Instant now = Instant.now();
        String uuid = newElection(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)));
        callers.as(ADMIN, DEMO, () -> {
            admin.useVoterList(uuid, voters);
            admin.assignTrustee(uuid, trustee);
            admin.addPortalTrustee(uuid);
            assertThatThrownBy(() -> admin.freeze(uuid)).isInstanceOf(Conflict.class)
                    .hasMessageContaining("voting.freeze.keyMissing");
            return null;
        });
        assertThatThrownBy(() -> board.details(uuid)).as("not public during set-up").isInstanceOf(NotFound.class);
        assertThat(sql("select count(*) from personal_data_access p join account a on a.id = p.subject_account_id "
                + "where a.email = ? and p.purpose_key = 'purpose.voting.trustee'", trustee))
                .as("naming the trustee is in their access log").isEqualTo(1L);

        // the trustee makes a key pair with belenios-tool and uploads the public key
        Path keyDir = Files.createDirectory(tmp.resolve("trustee"));
        Tool.Run gen = Tool.run(keyDir, "setup", "generate-trustee-key", "--group", "BELENIOS-2048");
        assertThat(gen.ok()).as(gen.toString()).isTrue();
        Path pub;
        Path priv;
        try (Stream<Path> files = Files.list(keyDir)) {
            List<Path> all = files.toList();
            pub = all.stream().filter(p -> p.toString().endsWith(".pubkey")).findFirst().orElseThrow();
            priv = all.stream().filter(p -> p.toString().endsWith(".privkey")).findFirst().orElseThrow();
        }
        callers.as(trustee, PASSWORD, () -> {
            String genuine = TrusteeKeyPair.generate(RANDOM).publicKey().toCanonicalJson();
            int digit = genuine.indexOf("\"public_key\":\"") + "\"public_key\":\"".length();
            // another first digit (always a different one), so the proof no longer fits the key
            String forged = genuine.substring(0, digit) + (genuine.charAt(digit) == '9' ? '8' : '9')
                    + genuine.substring(digit + 1);
            assertThatThrownBy(() -> trusteeship.uploadPublicKey(uuid, forged)).isInstanceOf(InvalidInput.class);
            trusteeship.uploadPublicKey(uuid, Files.readString(pub));
            assertThat(trusteeship.mine(uuid).hasKey()).isTrue();
            return null;
        });
        int roll = callers.as(ADMIN, DEMO, () -> admin.freeze(uuid));
        assertThat(roll).isEqualTo(3);
        assertThat(sql("select count(*) from voting_voter v join voting_election e on e.id = v.election_id "
                + "where e.uuid = ? and v.credential is null", uuid)).isEqualTo(3L);
        // the public credentials live in their own row, read only to cast, tally and write the archive
        assertThat(sql("select count(*) from voting_public_credentials c join voting_election e on e.id = c.election_id "
                + "where e.uuid = ? and c.credentials like '[%'", uuid)).isEqualTo(1L);
        byte[] atFreeze = board.archive(uuid);

        Election params = Election.parse(board.electionJson(uuid));
        BallotBuilder builder = new BallotBuilder(ElectionContext.of(params), RANDOM);
        List<String> creds = new ArrayList<>();
        for (String v : voters) {
            String c = credentialOf(v, uuid);
            assertThat(c).as("credential in the inbox of " + v).matches("[1-9A-HJ-NP-Za-km-z-]{19}");
            creds.add(c);
        }
        String first = builder.build(creds.get(0), new int[][] {{1, 0, 0}, {1, 1, 0, 0}}).json();
        ElectionViews.CastReceipt r1 = cast(voters.get(0), uuid, first);
        assertThat(r1.revote()).isFalse();
        cast(voters.get(1), uuid, builder.build(creds.get(1), new int[][] {{0, 1, 0}, {0, 0, 1, 0}}).json());
        cast(voters.get(2), uuid, builder.build(creds.get(2), new int[][] {{0, 1, 0}, {0, 0, 0, 1}}).json());
        assertThat(board.checkTracker(uuid, r1.tracker()).found()).isTrue();

        // refusals, each with its own message
        String stolen = builder.build(creds.get(0), new int[][] {{0, 0, 1}, {0, 0, 0, 1}}).json();
        assertThatThrownBy(() -> cast(voters.get(1), uuid, stolen)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("voting.ballot.credentialOfAnother");
        assertThatThrownBy(() -> cast(outsider, uuid, stolen)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("voting.ballot.notOnRoll");
        String badProof = tamperFirstResponse(builder.build(creds.get(1), new int[][] {{1, 0, 0}, {1, 0, 0, 0}}).json());
        assertThatThrownBy(() -> cast(voters.get(1), uuid, badProof)).isInstanceOfSatisfying(BallotRefused.class,
                e -> assertThat(e.messageKey()).isIn("voting.ballot.refused.badProof", "voting.ballot.refused.badSignature"));
        Election other = Election.create(uuid, "another election", "", List.of(
                Question.of("Who?", List.of("Alice", "Bob", "Carol"), 1, 1), Question.of("Which?", List.of("P", "Q", "R", "S"), 1, 2)),
                new Trustees(List.of(TrusteeKeyPair.generate(RANDOM).publicKey())), null, null);
        String otherHash = new BallotBuilder(ElectionContext.of(other), RANDOM)
                .build(creds.get(1), new int[][] {{1, 0, 0}, {1, 0, 0, 0}}).json();
        assertThatThrownBy(() -> cast(voters.get(1), uuid, otherHash)).isInstanceOfSatisfying(BallotRefused.class,
                e -> assertThat(e.problem()).isEqualTo(BallotProblem.WRONG_ELECTION_HASH));
        String spaced = "{ " + builder.build(creds.get(1), new int[][] {{1, 0, 0}, {1, 0, 0, 0}}).json().substring(1);
        assertThatThrownBy(() -> cast(voters.get(1), uuid, spaced)).isInstanceOfSatisfying(BallotRefused.class,
                e -> assertThat(e.problem()).isEqualTo(BallotProblem.NON_CANONICAL));
        assertThatThrownBy(() -> cast(voters.get(0), uuid, first)).as("the same ballot twice")
                .hasMessageContaining("voting.ballot.duplicate");

        // a revote replaces the first ballot; both stay on the board
        ElectionViews.CastReceipt again = cast(voters.get(0), uuid, builder.build(creds.get(0),
                new int[][] {{0, 0, 1}, {1, 0, 0, 1}}).json());
        assertThat(again.revote()).isTrue();
        assertThat(board.checkTracker(uuid, r1.tracker()).superseded()).isTrue();
        assertThat(board.checkTracker(uuid, again.tracker()).superseded()).isFalse();
        assertThat(board.details(uuid).ballots()).isEqualTo(4);
        byte[] whileOpen = board.archive(uuid);

        // closing time passes (moved, rather than waited for), then the administrator closes
        callers.as(ADMIN, DEMO, () -> {
            assertThatThrownBy(() -> admin.close(uuid)).hasMessageContaining("voting.tally.notClosedYet");
            return null;
        });
        sql("update voting_election set closes_at = now() - interval '1 second' where uuid = ?", uuid);
        assertThatThrownBy(() -> cast(voters.get(2), uuid, builder.build(creds.get(2),
                new int[][] {{1, 0, 0}, {1, 0, 0, 0}}).json())).hasMessageContaining("voting.ballot.notOpen");
        callers.as(ADMIN, DEMO, () -> {
            try {
                admin.close(uuid);
            } catch (Conflict closedByTheTimerFirst) {
                assertThat(closedByTheTimerFirst.messageKey()).isEqualTo("voting.election.wrongStatus");
            }
            return null;
        });
        ElectionViews.Details tallying = board.details(uuid);
        assertThat(tallying.phase()).isEqualTo(ElectionPhase.TALLYING);
        assertThat(tallying.tallied()).isEqualTo(3);
        assertThat(tallying.trustees()).filteredOn(ElectionViews.TrusteeView::portal)
                .allMatch(ElectionViews.TrusteeView::decrypted);

        // the trustee decrypts with belenios-tool on the downloaded archive
        Path decryptDir = Tool.archiveDir(tmp, uuid, board.archive(uuid));
        Tool.Run decrypt = Tool.run(decryptDir, "election", "decrypt", "--dir", decryptDir.toString(), "--privkey",
                priv.toString(), "--trustee-id", "1");
        assertThat(decrypt.ok()).as(decrypt.toString()).isTrue();
        callers.as(trustee, PASSWORD, () -> {
            assertThatThrownBy(() -> trusteeship.submitDecryption(uuid, "{\"decryption_factors\":[]}"))
                    .isInstanceOf(InvalidInput.class);
            trusteeship.submitDecryption(uuid, decrypt.stdout());
            return null;
        });

        ElectionViews.Details done = board.details(uuid);
        assertThat(done.phase()).isEqualTo(ElectionPhase.FINISHED);
        assertThat(done.questions().get(0).counts()).containsExactly(0L, 2L, 1L);
        assertThat(done.questions().get(1).counts()).containsExactly(1L, 0L, 1L, 2L);

        byte[] complete = board.archive(uuid);
        Verdict ours = ArchiveVerifier.verify(complete, Workers.inline());
        assertThat(ours.valid()).as(ours.toString()).isTrue();
        Tool.Run verify = Tool.verify(tmp, uuid, complete);
        assertThat(verify.ok()).as(verify.toString()).isTrue();
        for (byte[] snapshot : List.of(atFreeze, whileOpen)) {
            Tool.Run diff = Tool.verifyDiff(tmp, uuid, snapshot, complete);
            assertThat(diff.ok()).as(diff.toString()).isTrue();
        }
        assertThat(sql("select count(*) from audit_record where action = 'election.trustee.decrypt' and outcome = 'SUCCESS' and target = ?",
                "election:" + uuid)).isEqualTo(1L);
        // "download my data": the voter sees that and when they voted, never how
        PersonalDataExport mine = callers.as(voters.get(0), PASSWORD, () -> myData.export());
        ExportSection rolls = mine.sections().stream().filter(x -> x.id().equals("elections")).findFirst().orElseThrow();
        assertThat(rolls.records()).singleElement().satisfies(r -> assertThat(r).containsEntry("electionId", uuid)
                .containsEntry("voted", true).containsKey("lastBallotAt").doesNotContainKeys("ballot", "choices"));
        assertThat(mine.sections().toString()).doesNotContain(again.tracker().substring(0, 10))
                .doesNotContain("ciphertext").doesNotContain("\"alpha\"");
        PersonalDataExport trustees = callers.as(trustee, PASSWORD, () -> myData.export());
        assertThat(trustees.sections().stream().filter(x -> x.id().equals("trusteeships")).findFirst().orElseThrow()
                .records()).singleElement().satisfies(r -> assertThat(r).containsEntry("electionId", uuid)
                .extractingByKey("decryptedAt").isNotNull());
    }

    @Test
    void onlyElectionAdministratorsSetUpAndOnlyTrusteesDecrypt() throws Exception {
        String citizen = register("시민");
        Instant now = Instant.now();
        callers.as(citizen, PASSWORD, () -> {
            assertThatThrownBy(() -> admin.create("x", "", now, now.plusSeconds(60)))
                    .isInstanceOf(EJBAccessException.class);
            return null;
        });
        String uuid = newElection(now, now.plus(Duration.ofDays(1)));
        callers.as(citizen, PASSWORD, () -> {
            assertThatThrownBy(() -> trusteeship.uploadPublicKey(uuid, "{}")).isInstanceOf(NotFound.class);
            return null;
        });
        callers.as(ADMIN, DEMO, () -> {
            assertThatThrownBy(() -> admin.assignTrustee(uuid, "nobody." + System.nanoTime() + "@it.example.kr"))
                    .hasMessageContaining("voting.trustee.unknownAccount");
            admin.useVoterList(uuid, List.of("ghost." + System.nanoTime() + "@it.example.kr"));
            admin.addPortalTrustee(uuid);
            assertThatThrownBy(() -> admin.freeze(uuid)).hasMessageContaining("voting.freeze.unknownVoters");
            return null;
        });
    }

    @Test
    void residentEligibilityFollowsRegionAndAgeOnPollingDay() throws Exception {
        // read-only: the demo resident (verified, Seoul, born 1992-07-02) without freezing anything
        long resident = ((Number) sql("select id from account where email = 'resident@madang.go.kr'")).longValue();
        long basic = ((Number) sql("select id from account where email = 'citizen@madang.go.kr'")).longValue();
        callers.as(ADMIN, DEMO, () -> {
            LocalDate day = LocalDate.of(2026, 12, 3);
            assertThat(electorate.verifiedResidents("SEOUL", 18, day)).contains(resident).doesNotContain(basic);
            assertThat(electorate.verifiedResidents(null, null, day)).contains(resident);
            assertThat(electorate.verifiedResidents("BUSAN", null, day)).doesNotContain(resident);
            assertThat(electorate.verifiedResidents("SEOUL", 34, day)).contains(resident);
            assertThat(electorate.verifiedResidents("SEOUL", 35, day)).doesNotContain(resident);
            assertThat(electorate.verifiedResidents("SEOUL", 34, LocalDate.of(2026, 7, 1)))
                    .as("34th birthday the day after polling day").doesNotContain(resident);
            return null;
        });
    }

    @Test
    void theDemoElectionsArchiveVerifiesWithBeleniosTool() throws Exception {
        String uuid = "MadangDemoVote26";
        ElectionViews.Details d = board.details(uuid);
        assertThat(d.phase()).isEqualTo(ElectionPhase.FINISHED);
        byte[] bel = board.archive(uuid);
        Verdict ours = board.verify(bel);
        assertThat(ours.valid()).as(ours.toString()).isTrue();
        assertThat(ours.summary().result().counts().get(0)).containsExactly(4L, 0L, 1L);
        Tool.Run verify = Tool.verify(Files.createTempDirectory("voting-demo"), uuid, bel);
        assertThat(verify.ok()).as(verify.toString()).isTrue();

        // and one open election the demo citizens can vote in at once, their credentials in their inbox
        String open = "MadangLibVote26";
        assertThat(board.details(open).phase()).isEqualTo(ElectionPhase.OPEN);
        assertThat(sql("select count(*) from voting_voter v join voting_election e on e.id = v.election_id"
                + " join account a on a.id = v.account_id where e.uuid = ? and a.email = ?", open,
                "resident@madang.go.kr")).isEqualTo(1L);
        assertThat(sql("select count(*) from inbox_message m join account a on a.id = m.account_id where a.email = ?"
                + " and m.subject_key = 'voting.notice.credential.subject' and m.link like ?", "resident@madang.go.kr",
                "%" + open)).isEqualTo(1L);
        Tool.Run openVerify = Tool.verify(Files.createTempDirectory("voting-open"), open, board.archive(open));
        assertThat(openVerify.ok()).as("the open election's snapshot: " + openVerify).isTrue();
    }

    /** Changes the last digit of the first proof response in the ballot (a forged proof). */
    private static String tamperFirstResponse(String json) {
        int i = json.indexOf("\"response\":\"") + "\"response\":\"".length();
        int end = json.indexOf('"', i);
        char last = json.charAt(end - 1);
        return json.substring(0, end - 1) + (last == '1' ? '2' : '1') + json.substring(end);
    }
}
