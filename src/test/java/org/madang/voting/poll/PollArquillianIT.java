package org.madang.voting.poll;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.AccountDirectory;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.application.ResidentVerification;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationLevel;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.Db;
import org.madang.testsupport.incontainer.Residents;
import org.madang.testsupport.time.MovableClock;
import org.madang.voting.application.poll.PollAdministration;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollClosing;
import org.madang.voting.application.poll.PollClosingTimer;
import org.madang.voting.application.poll.PollForm;
import org.madang.voting.application.poll.PollViews.ChainCheck;
import org.madang.voting.application.poll.PollViews.OptionView;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.ReceiptGiven;
import org.madang.voting.application.poll.TakingPart;
import org.madang.voting.domain.poll.BudgetMode;
import org.madang.voting.domain.poll.PollPhase;
import org.madang.voting.domain.poll.PollStatus;
import org.madang.voting.domain.poll.ReceiptChain;
import org.madang.voting.domain.poll.Selection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Polls and participatory budgets inside the running server, as real callers: set-up by the
 * election administrator, taking part once (the second time refused), eligibility, the knapsack
 * rule, results only at closing (by the administrator and by time), the receipt chain and its
 * tampering, the separation of participation from choices in the schema, audit and "my data".
 */
@ExtendWith(ArquillianExtension.class)
class PollArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String PASSWORD = "Citizen!2026";
    static final String ADMIN = "election@madang.go.kr";
    static final String RESIDENT = "resident@madang.go.kr";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    PollAdministration admin;
    @Inject
    PollCatalogue catalogue;
    @Inject
    TakingPart takingPart;
    @Inject
    PollClosing closing;
    @Inject
    PollClosingTimer closingTimer;
    @Inject
    MovableClock clock;
    @Inject
    Instance<PersonalDataExporter> exporters;
    @Inject
    AccountRegistration registration;
    @Inject
    AccountAdministration accounts;
    @Inject
    AccountDirectory directory;
    @Inject
    Callers callers;
    @Inject
    Residents residents;
    @Inject
    ResidentVerification verification;
    @Inject
    HttpServletRequest request;

    record Person(String email, long id) {
    }

    // --- fixtures ------------------------------------------------------------------------

    long poll(String region, Integer minAge, Integer maxChoices, Instant closes, int options) throws Exception {
        return callers.as(ADMIN, DEMO, () -> {
            long id = admin.create(new PollForm("POLL", "시험 여론조사 " + System.nanoTime(), "IT poll", "설명", "About",
                    region, minAge, Instant.now().minus(Duration.ofMinutes(1)), closes, maxChoices, null, null));
            for (int i = 1; i <= options; i++) {
                admin.addOption(id, "보기 " + i, "Answer " + i, null, null, null);
            }
            admin.open(id);
            return id;
        });
    }

    /** 100 million won; projects of 50, 30, 40 and 20 million. */
    long budget(BudgetMode mode, Integer maxProjects) throws Exception {
        return callers.as(ADMIN, DEMO, () -> {
            long id = admin.create(new PollForm("BUDGET", "시험 예산 " + System.nanoTime(), "IT budget", "설명", "About",
                    null, null, Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofDays(1)),
                    maxProjects, mode, 100_000_000L));
            for (long cost : new long[]{50_000_000L, 30_000_000L, 40_000_000L, 20_000_000L}) {
                admin.addOption(id, "사업 " + cost, "Project " + cost, null, null, cost);
            }
            admin.open(id);
            return id;
        });
    }

    /** A new account, made a verified resident by the administrator (a new resident in the registry). */
    Person verifiedResident(Region region, LocalDate born) throws Exception {
        String number = residents.add("시험참여자", born, region);
        Person p = account(region, born);
        callers.as("admin@madang.go.kr", DEMO, () -> {
            accounts.changeVerification(p.id(), VerificationLevel.VERIFIED_RESIDENT, "poll integration test fixture",
                    number);
            return null;
        });
        return p;
    }

    /** A new basic account of "시험참여자". */
    Person account(Region region, LocalDate born) throws Exception {
        RegistrationForm f = new RegistrationForm();
        String email = "poll." + System.nanoTime() + "." + SEQ.incrementAndGet() + "@it.example.kr";
        f.setName("시험참여자");
        f.setEmail(email);
        f.setPassword(PASSWORD);
        f.setPasswordConfirmation(PASSWORD);
        f.setBirthDate(born);
        f.setRegion(region);
        return new Person(email, registration.register(f).accountId());
    }

    ReceiptGiven takePart(String email, String password, long poll, Integer... positions) throws Exception {
        return callers.as(email, password, () -> takingPart.participate(poll, List.of(positions)));
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    static List<Object> columns(String table) throws Exception {
        return Db.column("select column_name from information_schema.columns where table_name = ? order by column_name",
                table);
    }

    // --- tests ---------------------------------------------------------------------------

    @Test
    void aVerifiedResidentTakesPartOnceAndTheSecondTimeIsRefused() throws Exception {
        long id = poll(null, null, null, Instant.now().plus(Duration.ofDays(1)), 3);
        ReceiptGiven r = takePart(RESIDENT, DEMO, id, 2);
        assertThat(r.code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
        assertThat(r.sequence()).isEqualTo(1);
        assertThat(r.choiceDigest()).isEqualTo(ReceiptChain.choiceDigest(id, Selection.of(2), r.digestKey()));
        assertThat(callers.as(RESIDENT, DEMO, () -> takingPart.standing(id).tookPart())).isTrue();

        assertThatThrownBy(() -> takePart(RESIDENT, DEMO, id, 1)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.refused.alreadyTookPart"));
        long resident = directory.accountIdOf(RESIDENT).orElseThrow();
        assertThat(count("select count(*) from poll_participation where poll_id = ? and account_id = ?", id, resident))
                .isOne();
        assertThat(count("select count(*) from poll_ballot where poll_id = ?", id)).isOne();
        assertThat(count("select count(*) from poll_receipt where poll_id = ?", id)).isOne();
        assertThat(count("select count(*) from audit_record where action = 'poll.participate' and target = ?"
                + " and outcome = 'SUCCESS'", "poll:" + id)).isOne();
        assertThat(count("select count(*) from audit_record where action = 'poll.participate' and target = ?"
                + " and outcome = 'REFUSED:poll.refused.alreadyTookPart'", "poll:" + id)).isOne();

        // the public list has the receipt, a mistyped code is told apart from an unknown one
        assertThat(catalogue.findReceipt(id, r.code().toLowerCase())).get()
                .satisfies(l -> assertThat(l.choiceDigest()).isEqualTo(r.choiceDigest()));
        char last = r.code().charAt(r.code().length() - 1);
        String typo = r.code().substring(0, r.code().length() - 1) + (last == '0' ? '1' : '0');
        assertThatThrownBy(() -> catalogue.findReceipt(id, typo)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theParticipationTableHoldsNoChoiceAndTheBallotTableNoPersonNorTime() throws Exception {
        assertThat(columns("poll_participation")).containsExactly("account_id", "poll_id", "resident_key");
        assertThat(columns("poll_ballot")).containsExactly("choices", "id", "poll_id");
        assertThat(columns("poll_receipt")).doesNotContain("account_id", "created_at", "ballot_id");
        // ballot ids are random UUIDs (version 4), so their order says nothing about arrival
        assertThat(count("select count(*) from poll_ballot where substring(id::text, 15, 1) <> '4'")).isZero();
    }

    @Test
    void onceOnlyIsKeyedOnTheResidentNotTheAccount() throws Exception {
        long id = poll(null, null, null, Instant.now().plus(Duration.ofDays(1)), 2);
        LocalDate born = LocalDate.of(1984, 10, 10);
        String number = residents.add("시험참여자", born, Region.SEOUL);
        Person first = account(Region.SEOUL, born);
        Person second = account(Region.SEOUL, born);
        callers.as("admin@madang.go.kr", DEMO, () -> {
            accounts.changeVerification(first.id(), VerificationLevel.VERIFIED_RESIDENT, "대면 확인", number);
            return null;
        });
        takePart(first.email(), PASSWORD, id, 1);
        // the person moves to another account (an administrator lowers the first; the second verifies)
        callers.as("admin@madang.go.kr", DEMO, () -> {
            accounts.changeVerification(first.id(), VerificationLevel.BASIC, "새 계정으로 이전", null);
            return null;
        });
        callers.as(second.email(), PASSWORD, () -> {
            verification.verify(number);
            return null;
        });
        assertThat(callers.as(second.email(), PASSWORD, () -> takingPart.standing(id).tookPart())).isTrue();
        assertThatThrownBy(() -> takePart(second.email(), PASSWORD, id, 2)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.refused.alreadyTookPart"));
        assertThat(count("select count(*) from poll_participation where poll_id = ?", id)).isOne();
        assertThat(count("select count(*) from poll_ballot where poll_id = ?", id)).isOne();
        // the same rule, straight at the table: a second row for one resident cannot exist
        assertThat(count("select count(*) from poll_participation p join resident_identity r "
                + "on r.resident_key = p.resident_key where p.poll_id = ? and r.account_id = ?", id, second.id())).isOne();
    }

    @Test
    void ineligiblePeopleAreRefused() throws Exception {
        long anyone = poll(null, null, null, Instant.now().plus(Duration.ofDays(1)), 2);
        assertThatThrownBy(() -> takePart("citizen@madang.go.kr", DEMO, anyone, 1)).isInstanceOf(Forbidden.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.refused.notVerified"));

        long busan = poll("BUSAN", null, null, Instant.now().plus(Duration.ofDays(1)), 2);
        assertThatThrownBy(() -> takePart(RESIDENT, DEMO, busan, 1))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.refused.region"));

        Instant closes = Instant.now().plus(Duration.ofDays(2));
        long adults = poll(null, 19, null, closes, 2);
        LocalDate closingDay = LocalDate.ofInstant(closes, java.time.ZoneId.of("Asia/Seoul"));
        Person young = verifiedResident(Region.SEOUL, closingDay.minusYears(19).plusDays(1));
        assertThatThrownBy(() -> takePart(young.email(), PASSWORD, adults, 1))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.refused.age"));
        Person justOld = verifiedResident(Region.SEOUL, closingDay.minusYears(19));
        assertThat(takePart(justOld.email(), PASSWORD, adults, 1).sequence()).isEqualTo(1);

        assertThat(count("select count(*) from poll_participation where poll_id in (?, ?)", anyone, busan)).isZero();
        assertThat(count("select count(*) from poll_ballot where poll_id in (?, ?)", anyone, busan)).isZero();
    }

    @Test
    void aKnapsackBudgetRefusesASelectionOverBudgetSayingByHowMuch() throws Exception {
        long id = budget(BudgetMode.KNAPSACK, null);
        assertThatThrownBy(() -> takePart(RESIDENT, DEMO, id, 1, 3, 4)).isInstanceOf(InvalidInput.class)
                .satisfies(t -> {
                    assertThat(key(t)).isEqualTo("poll.choice.overBudget");
                    assertThat(((InvalidInput) t).arguments()).containsExactly(110_000_000L, 100_000_000L);
                });
        assertThat(count("select count(*) from poll_participation where poll_id = ?", id)).as("nothing kept").isZero();
        assertThat(takePart(RESIDENT, DEMO, id, 1, 2, 4).sequence()).isEqualTo(1);

        long approval = budget(BudgetMode.APPROVAL, 2);
        assertThatThrownBy(() -> takePart(RESIDENT, DEMO, approval, 1, 2, 4))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.tooMany"));
    }

    @Test
    void resultsAppearOnlyAtClosingAndBudgetsFundByVotes() throws Exception {
        long id = budget(BudgetMode.KNAPSACK, null);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(verifiedResident(Region.SEOUL, LocalDate.of(1980, 1, 1)));
        }
        takePart(people.get(0).email(), PASSWORD, id, 1, 3);
        takePart(people.get(1).email(), PASSWORD, id, 1, 4);
        takePart(people.get(2).email(), PASSWORD, id, 3, 4);

        PollView before = catalogue.get(id);
        assertThat(before.phase()).isEqualTo(PollPhase.OPEN);
        assertThat(before.options()).extracting(OptionView::votes).containsOnlyNulls();
        assertThat(before.options()).extracting(OptionView::funded).containsOnlyNulls();
        assertThat(before.receiptCount()).isEqualTo(3);
        assertThatThrownBy(() -> takingPart.participate(id, List.of(1))).as("anonymous")
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);

        callers.as(ADMIN, DEMO, () -> {
            admin.close(id);
            return null;
        });
        PollView after = catalogue.get(id);
        assertThat(after.status()).isEqualTo(PollStatus.CLOSED);
        // votes 2, 0, 2, 2: ranked P4 (20M, cheapest of the tie), P3 (40M), P1 (50M) does not fit, P2 no votes
        assertThat(after.options()).extracting(OptionView::votes).containsExactly(2, 0, 2, 2);
        assertThat(after.options()).extracting(OptionView::funded).containsExactly(false, false, true, true);
        assertThat(after.fundedTotal()).isEqualTo(60_000_000L);
        assertThatThrownBy(() -> takePart(RESIDENT, DEMO, id, 2))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.refused.closed"));
        assertThat(count("select count(*) from audit_record where action = 'poll.close' and target = ?"
                + " and outcome = 'SUCCESS'", "poll:" + id)).isOne();
    }

    @Test
    void aPollClosesByTimeAndOnlyThenPublishes() throws Exception {
        Instant closes = Instant.now().plus(Duration.ofMinutes(5));
        long id = poll(null, null, 2, closes, 3);
        takePart(RESIDENT, DEMO, id, 1, 3);
        assertThat(closing.due()).doesNotContain(id);
        clock.moveTo(closes.plusSeconds(1));
        try {
            assertThat(catalogue.get(id).phase()).isEqualTo(PollPhase.COUNTING);
            assertThat(catalogue.get(id).options()).extracting(OptionView::votes).containsOnlyNulls();
            assertThat(closing.due()).contains(id);
            // what the minute timer does, as nobody: close what is due and publish
            closingTimer.closeDue();
        } finally {
            clock.reset();
        }
        PollView p = catalogue.get(id);
        assertThat(count("select count(*) from audit_record where action = 'poll.closeByTime' and target = ?"
                + " and outcome = 'SUCCESS'", "poll:" + id)).as("closed by the timer").isOne();
        assertThat(p.phase()).isEqualTo(PollPhase.CLOSED);
        assertThat(p.options()).extracting(OptionView::votes).containsExactly(1, 0, 1);
    }

    @Test
    void theReceiptChainVerifiesAndATamperedChainIsDetected() throws Exception {
        long id = poll(null, null, null, Instant.now().plus(Duration.ofDays(1)), 2);
        List<ReceiptGiven> receipts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Person p = verifiedResident(Region.JEJU, LocalDate.of(1970, 5, 5));
            receipts.add(takePart(p.email(), PASSWORD, id, 1 + i % 2));
        }
        ChainCheck ok = catalogue.checkChain(id);
        assertThat(ok.intact()).isTrue();
        assertThat(ok.checked()).isEqualTo(4);
        assertThat(ok.head()).isEqualTo(receipts.get(3).entryHash());
        assertThat(catalogue.receipts(id)).extracting(l -> l.code()).containsExactlyElementsOf(
                receipts.stream().map(ReceiptGiven::code).toList());

        // someone with database access changes one receipt's choice digest
        String original = receipts.get(1).choiceDigest();
        assertThat(update("update poll_receipt set choice_digest = ? where poll_id = ? and sequence = 2",
                "0".repeat(64), id)).isOne();
        ChainCheck broken = catalogue.checkChain(id);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenSequence()).isEqualTo(2L);
        update("update poll_receipt set choice_digest = ? where poll_id = ? and sequence = 2", original, id);
        assertThat(catalogue.checkChain(id).intact()).isTrue();

        // ... or removes the last entry, which no link can show: the recorded head does
        assertThat(update("delete from poll_receipt where poll_id = ? and sequence = 4", id)).isOne();
        ChainCheck truncated = catalogue.checkChain(id);
        assertThat(truncated.intact()).isFalse();
        assertThat(truncated.reason()).isEqualTo("head");
    }

    @Test
    void draftsAreHiddenAndOnlyTheElectionAdministratorSetsUp() throws Exception {
        long draft = callers.as(ADMIN, DEMO, () -> admin.create(new PollForm("POLL", "시험 초안 " + System.nanoTime(),
                "Draft", "설명", "About", null, null, Instant.now(), Instant.now().plus(Duration.ofDays(1)), null, null,
                null)));
        assertThatThrownBy(() -> catalogue.get(draft)).isInstanceOf(NotFound.class);
        assertThat(catalogue.published()).extracting(PollView::id).doesNotContain(draft);
        assertThatThrownBy(() -> callers.as(RESIDENT, DEMO, () -> admin.create(null)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> callers.as(ADMIN, DEMO, () -> {
            admin.open(draft);
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.twoOptions"));
    }

    @Test
    void myDataListsThePollsTakenPartInButNeverTheChoice() throws Exception {
        long id = poll(null, null, null, Instant.now().plus(Duration.ofDays(1)), 2);
        Person p = verifiedResident(Region.SEOUL, LocalDate.of(1985, 5, 5));
        takePart(p.email(), PASSWORD, id, 2);
        List<ExportSection> export = callers.as(p.email(), PASSWORD, () -> {
            List<ExportSection> all = new ArrayList<>();
            exporters.forEach(e -> all.addAll(e.export(p.id())));
            return all;
        });
        ExportSection polls = export.stream().filter(s -> s.id().equals("polls")).findFirst().orElseThrow();
        assertThat(polls.records()).hasSize(1);
        assertThat(polls.records().get(0).get("pollNumber")).isEqualTo(id);
        assertThat(polls.fieldNames()).noneMatch(f -> f.toLowerCase().contains("choice")
                || f.toLowerCase().contains("receipt"));
        assertThat(callers.as(p.email(), PASSWORD, () -> takingPart.myPolls())).extracting(PollView::id).contains(id);
        assertThatThrownBy(() -> callers.as(RESIDENT, DEMO, () -> {
            exporters.forEach(e -> e.export(p.id()));
            return null;
        })).isInstanceOf(Forbidden.class);
    }

    @Test
    void theDemoDataHoldsAnOpenPollAnOpenJongnoBudgetAndAClosedPollWithResults() {
        List<PollView> all = catalogue.published();
        assertThat(all).anySatisfy(p -> {
            assertThat(p.budget()).isTrue();
            assertThat(p.titleEn()).contains("Jongno-gu");
            assertThat(p.phase()).isEqualTo(PollPhase.OPEN);
            assertThat(p.options()).allSatisfy(o -> assertThat(o.costKrw()).isPositive());
        });
        assertThat(all).anySatisfy(p -> {
            assertThat(p.budget()).isFalse();
            assertThat(p.phase()).isEqualTo(PollPhase.OPEN);
        });
        assertThat(all).anySatisfy(p -> {
            assertThat(p.phase()).isEqualTo(PollPhase.CLOSED);
            assertThat(p.receiptCount()).isPositive();
            assertThat(p.options()).allSatisfy(o -> assertThat(o.votes()).isNotNull());
            assertThat(catalogue.checkChain(p.id()).intact()).isTrue();
        });
    }

    /**
     * GETs a path of the real application (context root /) and returns the status and body. It is
     * another instance than this test archive, with kept pages of its own: it hears of the changes
     * made here through the change notices (PostgreSQL NOTIFY), or it would serve them a minute late.
     */
    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + request.getLocalPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiPublishesResultsOnlyAfterClosingAndTheReceiptChain() throws Exception {
        long id = poll(null, null, null, Instant.now().plus(Duration.ofDays(1)), 2);
        ReceiptGiven r = takePart(RESIDENT, DEMO, id, 2);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            HttpResponse<String> open = get("/api/polls/" + id);
            assertThat(open.statusCode()).isEqualTo(200);
            Map<String, Object> poll = jsonb.fromJson(open.body(), Map.class);
            assertThat(poll.get("phase")).isEqualTo("OPEN");
            assertThat((List<Map<String, Object>>) poll.get("options")).allSatisfy(o -> assertThat(o.get("votes")).isNull());

            List<Map<String, Object>> receipts = jsonb.fromJson(get("/api/polls/" + id + "/receipts").body(), List.class);
            assertThat(receipts).hasSize(1);
            assertThat(receipts.get(0)).containsEntry("code", r.code()).containsEntry("choiceDigest", r.choiceDigest())
                    .containsEntry("hash", r.entryHash());
            Map<String, Object> verdict = jsonb.fromJson(get("/api/polls/" + id + "/receipts/verify").body(), Map.class);
            assertThat(verdict).containsEntry("intact", true);
            assertThat(get("/api/polls/" + id + "/receipts/" + r.code()).statusCode()).isEqualTo(200);
            assertThat(get("/api/polls/" + id + "/receipts/" + ReceiptCodes.other(r.code())).statusCode()).isEqualTo(404);
            assertThat(get("/api/polls/" + id + "/receipts/ABCD-EFGH").statusCode()).isEqualTo(400);

            callers.as(ADMIN, DEMO, () -> {
                admin.close(id);
                return null;
            });
            long closedAt = System.nanoTime();
            // closed here, seen on the other instance: a kept answer is served a second after its
            // rendering even after a change (ballots come in streams), a minute if no notice came
            // (polled on this thread: the request, whose port get() reads, belongs to it)
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .pollInSameThread().until(() -> "CLOSED".equals(jsonb.fromJson(get("/api/polls/" + id).body(), Map.class).get("phase")));
            System.out.println("poll closed in the test archive, seen closed by the real application after "
                    + Duration.ofNanos(System.nanoTime() - closedAt).toMillis() + " ms");
            Map<String, Object> closed = jsonb.fromJson(get("/api/polls/" + id).body(), Map.class);
            assertThat(closed.get("phase")).isEqualTo("CLOSED");
            assertThat((List<Map<String, Object>>) closed.get("options")).extracting(o -> ((Number) o.get("votes")).intValue())
                    .containsExactly(0, 1);
            assertThat(get("/api/polls/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
            assertThat(get("/api/polls").body()).contains("Jongno-gu participatory budget 2027");
        }
    }

    /** Another well-formed receipt code (its own check character), for "not found" as opposed to "mistyped". */
    static final class ReceiptCodes {
        static String other(String code) {
            String c;
            do {
                c = org.madang.voting.domain.poll.ReceiptCode.random().toString();
            } while (c.equals(code));
            return c;
        }
    }

    /**
     * Fifteen residents at the same instant, plus the demo resident sending her participation twice
     * at once: every one of them is counted once, the duplicate is refused, and the chain stays a
     * single unbroken line (the poll's row lock orders the appends).
     */
    @Test
    void concurrentParticipationsKeepTheChainLinearAndOnePerPerson() throws Exception {
        long id = poll(null, null, null, Instant.now().plus(Duration.ofDays(1)), 3);
        List<String[]> forms = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            forms.add(new String[]{verifiedResident(Region.SEOUL, LocalDate.of(1975, 1, 1)).email(), PASSWORD,
                    String.valueOf(1 + i % 3)});
        }
        forms.add(new String[]{RESIDENT, DEMO, "1"});
        forms.add(new String[]{RESIDENT, DEMO, "2"});
        URI probe = URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/it/polls");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(forms.size());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        try {
            for (String[] f : forms) {
                String body = "user=" + java.net.URLEncoder.encode(f[0], java.nio.charset.StandardCharsets.UTF_8)
                        + "&password=" + java.net.URLEncoder.encode(f[1], java.nio.charset.StandardCharsets.UTF_8)
                        + "&poll=" + id + "&choices=" + f[2];
                HttpRequest r = HttpRequest.newBuilder(probe).timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        // the portal refuses POSTs that no page of its own made (CrossSiteRequestFilter)
                        .header("Origin", probe.getScheme() + "://" + probe.getAuthority())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return client.send(r, HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var c : calls) {
                answers.add(c.get());
            }
            assertThat(answers.subList(0, 15)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
            List<HttpResponse<String>> hers = answers.subList(15, 17);
            assertThat(hers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            assertThat(hers).filteredOn(a -> a.statusCode() == 409).extracting(HttpResponse::body)
                    .containsExactly("poll.refused.alreadyTookPart");
            assertThat(answers).filteredOn(a -> a.statusCode() == 200)
                    .extracting(a -> Integer.parseInt(a.body().split(" ")[0]))
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 16).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        ChainCheck check = catalogue.checkChain(id);
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(16);
        assertThat(count("select count(*) from poll_participation where poll_id = ?", id)).isEqualTo(16);
        assertThat(count("select count(*) from poll_ballot where poll_id = ?", id)).isEqualTo(16);
    }
}
