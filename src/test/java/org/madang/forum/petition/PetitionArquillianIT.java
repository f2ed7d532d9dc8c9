package org.madang.forum.petition;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.forum.debate.application.Moderating;
import org.madang.forum.debate.domain.Moderation;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.forum.petition.application.PetitionAnswering;
import org.madang.forum.petition.application.PetitionModerating;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionDrafting;
import org.madang.forum.petition.application.PetitionForm;
import org.madang.forum.petition.application.PetitionRules;
import org.madang.forum.petition.application.PetitionViews.Obligation;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.application.Supporting;
import org.madang.forum.petition.domain.AnswerState;
import org.madang.forum.petition.domain.Outcome;
import org.madang.forum.petition.domain.PetitionCategory;
import org.madang.forum.petition.domain.PetitionPhase;
import org.madang.identity.domain.Region;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.Db;
import org.madang.testsupport.incontainer.VerifiedAccounts;
import org.madang.testsupport.incontainer.VerifiedAccounts.Person;
import org.madang.testsupport.time.MovableClock;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.testsupport.incontainer.Db.count;

/**
 * E-petitions inside the running server, as real callers: the sponsors' gate, once per resident
 * (200 residents at once give exactly 200; a second support refused; withdraw and support again),
 * the agency's threshold starting the answer clock, the queue, "overdue" when the clock runs out,
 * the answer and outcome told to every supporter.
 */
@ExtendWith(ArquillianExtension.class)
class PetitionArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String PASSWORD = "Petition!2026";
    static final String OFFICER = "officer@madang.go.kr"; // National Tax Service, Jongno Tax Office
    static final String AGENCY = "NTS";

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    PetitionDrafting drafting;
    @Inject
    Supporting supporting;
    @Inject
    PetitionCatalogue catalogue;
    @Inject
    PetitionAnswering answering;
    @Inject
    PetitionRules rules;
    @Inject
    VerifiedAccounts verified;
    @Inject
    Callers callers;
    @Inject
    MovableClock clock;
    @Inject
    HttpServletRequest request;
    @Inject
    jakarta.enterprise.inject.Instance<org.madang.privacy.application.PersonalDataExporter> exporters;
    @Inject
    org.madang.privacy.application.AccountDeletion deletion;
    @Inject
    PetitionModerating moderating;
    @Inject
    Moderating log;

    // --- fixtures ------------------------------------------------------------------------

    long draft(Person author) throws Exception {
        return draft(author, AGENCY);
    }

    long draft(Person author, String agency) throws Exception {
        return callers.as(author.email(), PASSWORD, () -> drafting.draft(new PetitionForm(
                "시험 청원 " + System.nanoTime(), "청원 본문입니다 " + System.nanoTime(), PetitionCategory.TRANSPORT, agency)));
    }

    String token(Person author, long id) throws Exception {
        return callers.as(author.email(), PASSWORD, () -> drafting.myDraft(id).sponsorToken());
    }

    /** A petition drafted, sponsored by five and published: six supports (sponsors and author). */
    long published(Person author) throws Exception {
        return published(author, AGENCY);
    }

    long published(Person author, String agency) throws Exception {
        long id = draft(author, agency);
        String token = token(author, id);
        for (Person s : verified.create(5, Region.BUSAN, PASSWORD)) {
            callers.as(s.email(), PASSWORD, () -> drafting.sponsor(token));
        }
        callers.as(author.email(), PASSWORD, () -> {
            drafting.publish(id);
            return null;
        });
        return id;
    }

    <T> T as(Person p, java.util.concurrent.Callable<T> work) throws Exception {
        return callers.as(p.email(), PASSWORD, work);
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    // --- tests ---------------------------------------------------------------------------

    @Test
    void fiveSponsorsOtherThanTheAuthorBeforePublication() throws Exception {
        Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        long id = draft(author);
        String token = token(author, id);
        assertThatThrownBy(() -> catalogue.get(id)).as("a draft is not public").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(author, () -> drafting.sponsor(token))).isInstanceOf(Forbidden.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.sponsor.author"));
        // a basic (unverified) account may not sponsor
        assertThatThrownBy(() -> callers.as("citizen@madang.go.kr", DEMO, () -> drafting.sponsor(token)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("identity.resident.notVerified"));
        assertThatThrownBy(() -> as(author, () -> drafting.sponsor("no-such-link"))).isInstanceOf(NotFound.class);

        List<Person> sponsors = verified.create(6, Region.DAEGU, PASSWORD);
        for (int i = 0; i < 4; i++) {
            Person s = sponsors.get(i);
            as(s, () -> drafting.sponsor(token));
        }
        assertThatThrownBy(() -> as(sponsors.get(0), () -> drafting.sponsor(token))).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.sponsor.already"));
        assertThatThrownBy(() -> as(author, () -> {
            drafting.publish(id);
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("petition.publish.needsSponsors"));
        // someone else's draft: "not found", as if it did not exist
        assertThatThrownBy(() -> as(sponsors.get(0), () -> {
            drafting.publish(id);
            return null;
        })).isInstanceOf(NotFound.class);
        as(sponsors.get(4), () -> drafting.sponsor(token));
        assertThat(as(sponsors.get(5), () -> drafting.sponsorStanding(token)).refusalKey())
                .isEqualTo("petition.refused.enough");
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = ?", author.id(),
                "petition.notice.sponsored.subject")).isEqualTo(1);
        as(author, () -> {
            drafting.publish(id);
            return null;
        });
        PetitionView v = catalogue.get(id);
        assertThat(v.phase()).isEqualTo(PetitionPhase.OPEN);
        assertThat(v.supportCount()).as("five sponsors and the author").isEqualTo(6);
        assertThat(v.closesAt()).isEqualTo(v.publishedAt().plus(Duration.ofDays(30)));
        assertThat(v.regions()).extracting(r -> r.region() + "=" + r.supports())
                .containsExactly("DAEGU=5", "SEOUL=1");
        assertThatThrownBy(() -> as(sponsors.get(5), () -> drafting.sponsor(token)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.sponsor.published"));
        // "download my data": the author's petition and support, a sponsor's sponsorship and support
        assertThat(exported(author, "petitions")).containsExactly(id);
        assertThat(exported(author, "petitionSupports")).containsExactly(id);
        assertThat(exported(sponsors.get(0), "petitionSponsorships")).containsExactly(id);
        assertThat(exported(sponsors.get(0), "petitions")).isEmpty();
        assertThat(exported(sponsors.get(5), "petitionSupports")).isEmpty();
    }

    List<Object> exported(Person p, String section) throws Exception {
        return as(p, () -> {
            for (var e : exporters) {
                for (var s : e.export(p.id())) {
                    if (s.id().equals(section)) {
                        return s.records().stream().map(r -> r.get("petitionNumber")).toList();
                    }
                }
            }
            throw new AssertionError("no section " + section);
        });
    }

    @Test
    void aSecondSupportIsRefusedAndAWithdrawnSupportMayBeGivenAgain() throws Exception {
        Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        long id = published(author);
        Person p = verified.create(1, Region.JEJU, PASSWORD).get(0);
        assertThat(as(p, () -> supporting.support(id))).isEqualTo(7);
        assertThatThrownBy(() -> as(p, () -> supporting.support(id))).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.support.already"));
        assertThatThrownBy(() -> as(author, () -> supporting.support(id)))
                .as("the author supports from publication").isInstanceOf(Conflict.class);
        assertThat(as(p, () -> supporting.standing(id)).supports()).isTrue();
        // the public answer is kept for anonymous readers, and shows a withdrawal within a second or so
        URI api = URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/api/petitions/" + id);
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString()).body()).contains("\"supports\":7");
        HttpResponse<String> kept = http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kept.headers().firstValue("ETag")).isPresent();
        assertThat(as(p, () -> supporting.withdraw(id))).isEqualTo(6);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() ->
                http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"supports\":6"));
        assertThatThrownBy(() -> as(p, () -> supporting.withdraw(id)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.support.none"));
        assertThat(as(p, () -> supporting.standing(id)).supports()).isFalse();
        assertThat(as(p, () -> supporting.support(id))).isEqualTo(7);
        assertThat(count("select count(*) from petition_support where petition_id = ?", id)).isEqualTo(7);
        assertThat(count("select support_count from petition where id = ?", id)).isEqualTo(7);
        // unverified accounts may not support
        assertThatThrownBy(() -> callers.as("citizen@madang.go.kr", DEMO, () -> supporting.support(id)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("identity.resident.notVerified"));
        // after the 30 days: neither support nor withdrawal
        try {
            clock.moveTo(Instant.now().plus(Duration.ofDays(31)));
            assertThatThrownBy(() -> as(p, () -> supporting.withdraw(id)))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("petition.support.closed"));
            assertThat(catalogue.get(id).phase()).isEqualTo(PetitionPhase.CLOSED);
        } finally {
            clock.reset();
        }
    }

    /** 200 residents support at the same moment, each on a server thread of its own: exactly 200 are counted. */
    /**
     * Abuse limits (defaults: 3 petitions a day, no same title or text within 24 hours, 10 supports
     * or withdrawals a minute) and the lengths: each refusal names its field or limit and saves nothing.
     */
    @Test
    void limitsOnStartingPetitionsAndOnSupportingThemAndTheLengths() throws Exception {
        Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        assertThat(start(author, "버스 노선을 늘려 주세요", "첫 청원의 본문입니다.")).isPositive();
        assertThatThrownBy(() -> start(author, "  버스 노선을  늘려 주세요 ", "다른 본문")).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.limit.repeated"))
                .satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("title"));
        assertThatThrownBy(() -> start(author, "다른 제목", "첫 청원의\n본문입니다."))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.limit.repeated"))
                .satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("text"));
        assertThatThrownBy(() -> start(author, "가".repeat(151), "본문"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.textRequired"))
                .satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("title"));
        assertThatThrownBy(() -> start(author, "긴 본문", "가".repeat(6001)))
                .satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("text"));
        start(author, "두 번째 청원", "두 번째 본문");
        start(author, "세 번째 청원", "세 번째 본문");
        assertThatThrownBy(() -> start(author, "네 번째 청원", "네 번째 본문"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.limit.draftsPerDay"))
                .satisfies(t -> assertThat(((BusinessException) t).arguments()).containsExactly(3));
        assertThat(count("select count(*) from petition where author_account_id = ?", author.id())).isEqualTo(3);

        long id = published(verified.create(1, Region.SEOUL, PASSWORD).get(0));
        Person p = verified.create(1, Region.JEJU, PASSWORD).get(0);
        for (int i = 0; i < 5; i++) {
            as(p, () -> supporting.support(id));
            as(p, () -> supporting.withdraw(id));
        }
        assertThatThrownBy(() -> as(p, () -> supporting.support(id))).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.limit.supportsPerMinute"))
                .satisfies(t -> assertThat(((BusinessException) t).arguments()).containsExactly(10));
        assertThat(count("select support_count from petition where id = ?", id)).isEqualTo(6);
        try {
            clock.moveTo(Instant.now().plus(Duration.ofMinutes(2)));
            assertThat(as(p, () -> supporting.support(id))).isEqualTo(7);
            assertThat(count("select count(*) from petition_support_action where account_id = ?", p.id()))
                    .as("notes older than the window are gone").isEqualTo(1);
            clock.moveTo(Instant.now().plus(Duration.ofHours(25)));
            start(author, "버스 노선을 늘려 주세요", "첫 청원의 본문입니다.");
        } finally {
            clock.reset();
        }
    }

    /**
     * Erased accounts: the author's published petition stays (without the account) and their draft
     * goes; a supporter's support still counts, keyed on the resident only.
     */
    @Test
    void erasedAuthorsAndSupportersLeaveTheirPetitionsAndSupportsCounted() throws Exception {
        Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        long id = published(author);
        long draft = start(author, "초안으로 남을 청원", "아직 후원자를 모으는 중입니다.");
        Person supporter = verified.create(1, Region.JEJU, PASSWORD).get(0);
        as(supporter, () -> supporting.support(id));
        for (Person leaving : List.of(author, supporter)) {
            as(leaving, () -> {
                deletion.deleteMyAccount(PASSWORD);
                return null;
            });
        }
        assertThat(catalogue.get(id).supportCount()).isEqualTo(7);
        assertThat(count("select count(*) from petition_support where petition_id = ?", id)).isEqualTo(7);
        assertThat(count("select count(*) from petition where author_account_id = ?", author.id())).isZero();
        assertThat(count("select count(*) from petition where id = ?", draft)).as("the draft is gone").isZero();
        assertThat(count("select count(*) from petition_support where account_id in (?, ?)", author.id(), supporter.id()))
                .isZero();
        assertThat(count("select count(*) from petition_support_action where account_id = ?", supporter.id())).isZero();
    }

    long start(Person author, String title, String text) throws Exception {
        return as(author, () -> drafting.draft(new PetitionForm(title, text, PetitionCategory.TRANSPORT, AGENCY)));
    }

    @Test
    void twoHundredConcurrentSupportsByTwoHundredResidentsGiveExactlyTwoHundred() throws Exception {
        Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        long id = published(author);
        List<Person> people = verified.create(200, Region.GYEONGGI, PASSWORD);
        URI probe = URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/it/petitions");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        try {
            for (Person p : people) {
                String body = "user=" + URLEncoder.encode(p.email(), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&petition=" + id;
                HttpRequest r = HttpRequest.newBuilder(probe).timeout(Duration.ofMinutes(3))
                        .header("Content-Type", "application/x-www-form-urlencoded")
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
            assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
            // each support saw the count just after it: 7..206, every one once
            assertThat(answers).extracting(a -> Integer.parseInt(a.body().strip()))
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(7, 206).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from petition_support where petition_id = ? and region = 'GYEONGGI'", id))
                .isEqualTo(200);
        assertThat(count("select count(*) from petition_support where petition_id = ?", id)).isEqualTo(206);
        assertThat(catalogue.get(id).supportCount()).isEqualTo(206);
    }

    @Test
    void reachingTheThresholdObligesAnAnswerByTheDeadlineThenOverdueThenAnsweredAndSupportersTold() throws Exception {
        Object[] before = Db.row("select answer_threshold, answer_days from petition_agency_rule where agency_code = ?",
                AGENCY);
        try {
            callers.as("admin@madang.go.kr", DEMO, () -> {
                rules.set(AGENCY, 8, 10);
                return null;
            });
            assertThatThrownBy(() -> callers.as("citizen@madang.go.kr", DEMO, () -> {
                rules.set(AGENCY, 1, 1);
                return null;
            })).as("administrators only").isNotInstanceOf(BusinessException.class);
            Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
            long id = published(author);
            PetitionView v = catalogue.get(id);
            assertThat(v.answerThreshold()).isEqualTo(8);
            assertThat(v.answerState()).isEqualTo(AnswerState.NOT_DUE);
            assertThat(obligations()).extracting(Obligation::id).doesNotContain(id);

            List<Person> two = verified.create(2, Region.ULSAN, PASSWORD);
            as(two.get(0), () -> supporting.support(id));
            assertThat(catalogue.get(id).answerState()).isEqualTo(AnswerState.NOT_DUE);
            Instant beforeEighth = Instant.now();
            as(two.get(1), () -> supporting.support(id));
            v = catalogue.get(id);
            assertThat(v.answerState()).isEqualTo(AnswerState.DUE);
            assertThat(v.thresholdReachedAt()).isBetween(beforeEighth, Instant.now());
            assertThat(v.answerDueAt()).isEqualTo(v.thresholdReachedAt().plus(Duration.ofDays(10)));
            // the rule changes later: the running petition keeps its own
            callers.as("admin@madang.go.kr", DEMO, () -> {
                rules.set(AGENCY, 1000, 60);
                return null;
            });
            assertThat(catalogue.get(id).answerDueAt()).isEqualTo(v.answerDueAt());

            Obligation o = obligations().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            assertThat(o.answerState()).isEqualTo(AnswerState.DUE);
            assertThat(o.answerDueAt()).isEqualTo(v.answerDueAt());
            // another agency's officer neither sees it nor can answer it
            assertThat(callers.as("officer.moel@madang.go.kr", DEMO, () -> answering.obligations()))
                    .extracting(Obligation::id).doesNotContain(id);
            assertThatThrownBy(() -> callers.as("officer.moel@madang.go.kr", DEMO, () -> {
                answering.answer(id, "다른 기관의 답변");
                return null;
            })).isInstanceOf(NotFound.class);

            try {
                clock.moveTo(v.answerDueAt().plusSeconds(60));
                assertThat(catalogue.get(id).answerState()).isEqualTo(AnswerState.OVERDUE);
                assertThat(obligations().stream().filter(x -> x.id() == id).findFirst().orElseThrow().answerState())
                        .isEqualTo(AnswerState.OVERDUE);
                callers.as(OFFICER, DEMO, () -> {
                    answering.answer(id, "검토 결과를 알려 드립니다.");
                    return null;
                });
            } finally {
                clock.reset();
            }
            assertThat(catalogue.get(id).answerState()).isEqualTo(AnswerState.ANSWERED);
            assertThatThrownBy(() -> callers.as(OFFICER, DEMO, () -> {
                answering.decide(id, Outcome.DECLINED, " ");
                return null;
            })).satisfies(t -> assertThat(key(t)).isEqualTo("petition.outcome.reasonRequired"));
            callers.as(OFFICER, DEMO, () -> {
                answering.decide(id, Outcome.ACCEPTED, "내년 예산에 반영합니다.");
                answering.addMilestone(id, "예산안 제출");
                answering.markDone(id);
                return null;
            });
            v = catalogue.get(id);
            assertThat(v.outcome()).isEqualTo(Outcome.DONE);
            assertThat(v.milestones()).extracting(m -> m.text()).containsExactly("예산안 제출");
            assertThat(obligations()).extracting(Obligation::id).doesNotContain(id);
            // every supporter (author, five sponsors, two more) was told of the answer, decision and completion
            for (String subject : List.of("petition.notice.answered.subject", "petition.notice.decided.subject",
                    "petition.notice.done.subject")) {
                assertThat(count("select count(*) from inbox_message where subject_key = ? and link = ?", subject,
                        "/petitions/petition.xhtml?id=" + id)).as(subject).isEqualTo(8);
                assertThat(count("select count(*) from outbound_mail m join inbox_message i on i.id = m.inbox_message_id"
                        + " where i.subject_key = ? and i.link = ?", subject, "/petitions/petition.xhtml?id=" + id))
                        .as(subject + " by e-mail").isEqualTo(8);
            }
            assertThat(count("select count(*) from inbox_message where account_id = ? and link = ?", two.get(1).id(),
                    "/petitions/petition.xhtml?id=" + id)).isEqualTo(3);
        } finally {
            if (before == null) {
                Db.update("delete from petition_agency_rule where agency_code = ?", AGENCY);
            } else {
                Db.update("update petition_agency_rule set answer_threshold = ?, answer_days = ? where agency_code = ?",
                        before[0], before[1], AGENCY);
            }
        }
    }

    List<Obligation> obligations() throws Exception {
        return callers.as(OFFICER, DEMO, () -> answering.obligations());
    }

    /**
     * Petitions are moderated as posts are: three flags from different people put a petition under
     * review (title and text withheld, supports paused); only a MODERATOR of the agency it asks
     * decides; the author appeals once and another moderator decides; a dismissal closes the flags;
     * every decision is in the public moderation log, never who flagged.
     */
    @Test
    void petitionsFlaggedByThreePeopleAreReviewedHiddenAppealedOnceAndLogged() throws Exception {
        Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        long id = published(author, "SEOUL");
        List<Person> people = verified.create(4, Region.SEOUL, PASSWORD);
        for (int i = 0; i < 2; i++) {
            as(people.get(i), () -> {
                moderating.flag(id, ModerationRule.SPAM, null);
                return null;
            });
        }
        assertThatThrownBy(() -> as(people.get(0), () -> {
            moderating.flag(id, ModerationRule.ABUSE, "또");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.flag.already"));
        assertThat(catalogue.get(id).moderation()).as("two flags: still shown").isEqualTo(Moderation.VISIBLE);
        as(people.get(2), () -> {
            moderating.flag(id, ModerationRule.SPAM, "광고");
            return null;
        });
        PetitionView v = catalogue.get(id);
        assertThat(v.moderation()).isEqualTo(Moderation.UNDER_REVIEW);
        assertThat(v.title()).as("withheld while under review").isNull();
        assertThat(v.text()).isNull();
        assertThat(catalogue.list(null, "SEOUL", null, false, null, 100).petitions()).filteredOn(p -> p.id() == id).singleElement()
                .satisfies(p -> assertThat(p.title()).isNull());
        assertThatThrownBy(() -> as(people.get(3), () -> supporting.support(id)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.support.underModeration"));
        assertThat(as(people.get(3), () -> supporting.standing(id)).refusalKey()).isEqualTo("petition.support.underModeration");
        assertThat(count("select support_count from petition where id = ?", id)).as("nothing counted").isEqualTo(6);

        // the queue: Seoul's moderators only; an officer without the role is refused
        assertThat(callers.as("moderator.seoul@madang.go.kr", DEMO, () -> moderating.queue()))
                .filteredOn(q -> q.id() == id).singleElement().satisfies(q -> {
                    assertThat(q.flags()).isEqualTo(3);
                    assertThat(q.text()).as("the moderator reads what is withheld").startsWith("청원 본문입니다");
                });
        assertThat(callers.as("moderator@madang.go.kr", DEMO, () -> moderating.queue())).noneMatch(q -> q.id() == id);
        assertThatThrownBy(() -> callers.as("publisher.seoul@madang.go.kr", DEMO, () -> moderating.queue()))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> callers.as("moderator@madang.go.kr", DEMO, () -> {
            moderating.hide(id, ModerationRule.SPAM, "남의 기관");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("petition.notFound"));

        callers.as("officer.seoul@madang.go.kr", DEMO, () -> {
            moderating.hide(id, ModerationRule.SPAM, "같은 광고가 되풀이됩니다");
            return null;
        });
        v = catalogue.get(id);
        assertThat(v.moderation()).isEqualTo(Moderation.HIDDEN);
        assertThat(v.hiddenRule()).isEqualTo(ModerationRule.SPAM);
        assertThat(v.hiddenReason()).isEqualTo("같은 광고가 되풀이됩니다");
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = ?", author.id(),
                "moderation.notice.petition.subject")).isEqualTo(1);
        assertThat(count("select count(*) from forum_flag where petition_id = ? and open", id)).as("flags settled").isZero();
        assertThatThrownBy(() -> as(people.get(0), () -> {
            moderating.appeal(id, "남의 청원");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.notAuthor"));
        as(author, () -> {
            moderating.appeal(id, "광고가 아니라 주민의 요구입니다");
            return null;
        });
        assertThatThrownBy(() -> as(author, () -> {
            moderating.appeal(id, "한 번 더");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.once"));
        assertThat(callers.as("moderator.seoul@madang.go.kr", DEMO, () -> moderating.queue()))
                .filteredOn(q -> q.id() == id).singleElement().satisfies(q -> assertThat(q.appeal()).isNotNull());
        assertThatThrownBy(() -> callers.as("officer.seoul@madang.go.kr", DEMO, () -> {
            moderating.decideAppeal(id, true, "내가 결정");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.anotherModerator"));
        callers.as("moderator.seoul@madang.go.kr", DEMO, () -> {
            moderating.decideAppeal(id, true, "주민의 요구로 보아 다시 공개합니다");
            return null;
        });
        v = catalogue.get(id);
        assertThat(v.moderation()).isEqualTo(Moderation.VISIBLE);
        assertThat(v.title()).startsWith("시험 청원");
        assertThat(as(people.get(3), () -> supporting.support(id))).as("supports again").isEqualTo(7);

        // a single flag dismissed: closed, logged with the reason, out of the queue
        long other = published(author, "SEOUL");
        as(people.get(0), () -> {
            moderating.flag(other, ModerationRule.OFF_TOPIC, null);
            return null;
        });
        callers.as("moderator.seoul@madang.go.kr", DEMO, () -> {
            moderating.dismiss(other, "청원의 주제에 맞습니다");
            return null;
        });
        assertThat(callers.as("moderator.seoul@madang.go.kr", DEMO, () -> moderating.queue())).noneMatch(q -> q.id() == other);

        var entries = log.log(null);
        assertThat(entries).filteredOn(e -> Long.valueOf(id).equals(e.petitionId()))
                .extracting(e -> e.action().name()).containsExactly("APPEAL_RESTORED", "HIDDEN", "UNDER_REVIEW");
        assertThat(entries).filteredOn(e -> Long.valueOf(other).equals(e.petitionId())).singleElement()
                .satisfies(e -> {
                    assertThat(e.action().name()).isEqualTo("FLAGS_DISMISSED");
                    assertThat(e.reason()).isEqualTo("청원의 주제에 맞습니다");
                    assertThat(e.postId()).isNull();
                });
        // "download my data": a reporter's report of a petition names the petition
        List<Object> flagged = as(people.get(2), () -> {
            for (var e : exporters) {
                for (var s : e.export(people.get(2).id())) {
                    if (s.id().equals("forumFlags")) {
                        return s.records().stream().map(r -> r.get("petitionNumber")).toList();
                    }
                }
            }
            throw new AssertionError("no forumFlags section");
        });
        assertThat(flagged).containsExactly(id);
    }

    /**
     * The list pages by keyset: walking it two at a time, newest first or most supported first,
     * gives the same petitions in the same order as one long page, each once.
     */
    @Test
    void theListPagesByKeysetInBothOrdersWithTheFilters() throws Exception {
        Person author = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        for (int i = 0; i < 3; i++) {
            published(author, "JONGNO");
        }
        for (boolean bySupports : new boolean[] {false, true}) {
            List<Long> whole = catalogue.list(null, "JONGNO", null, bySupports, null, 100).petitions().stream()
                    .map(PetitionView::id).toList();
            assertThat(whole.size()).isGreaterThanOrEqualTo(3).isLessThan(100);
            List<Long> walked = new ArrayList<>();
            org.madang.forum.petition.application.PetitionCursor cursor = null;
            for (int pages = 0; pages < 60; pages++) {
                var page = catalogue.list(null, "JONGNO", null, bySupports, cursor, 2);
                assertThat(page.petitions()).hasSizeLessThanOrEqualTo(2);
                page.petitions().forEach(p -> walked.add(p.id()));
                if (page.next() == null) {
                    break;
                }
                cursor = org.madang.forum.petition.application.PetitionCursor.decode(page.next(), bySupports).orElseThrow();
            }
            assertThat(walked).as(bySupports ? "most supported" : "newest").containsExactlyElementsOf(whole);
        }
        assertThat(catalogue.list(null, "JONGNO", PetitionCategory.CULTURE, false, null, 100).petitions())
                .allMatch(p -> p.category() == PetitionCategory.CULTURE);
    }
}
