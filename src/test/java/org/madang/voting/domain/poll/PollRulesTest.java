package org.madang.voting.domain.poll;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Selection rules of polls and budgets, eligibility, and the life DRAFT → OPEN → CLOSED. */
class PollRulesTest {
    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    static final Instant OPENS = NOW.minus(Duration.ofDays(1));
    static final Instant CLOSES = NOW.plus(Duration.ofDays(7));
    static final PollTexts TEXTS = new PollTexts("제목", "Title", "설명", "Description");

    static Poll poll(Integer maxChoices, int options) {
        Poll p = new Poll(TEXTS, null, OPENS, CLOSES, maxChoices, "admin", NOW);
        for (int i = 1; i <= options; i++) {
            p.addOption("보기 " + i, "Answer " + i, null, null, null);
        }
        return p;
    }

    /** 100 million won; projects of 50, 30, 40 and 20 million. */
    static ParticipatoryBudget budget(BudgetMode mode, Integer maxProjects) {
        ParticipatoryBudget b = new ParticipatoryBudget(TEXTS, null, OPENS, CLOSES, mode, 100_000_000L, maxProjects,
                "admin", NOW);
        for (long cost : new long[]{50_000_000L, 30_000_000L, 40_000_000L, 20_000_000L}) {
            b.addOption("사업 " + cost, "Project " + cost, null, null, cost);
        }
        return b;
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void aSingleChoicePollTakesExactlyOneAnswer() {
        Poll p = poll(null, 3);
        assertThat(p.isMultiple()).isFalse();
        assertThat(p.select(List.of(2)).positions()).containsExactly(2);
        assertThatThrownBy(() -> p.select(List.of(1, 2))).isInstanceOf(InvalidInput.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.single"));
        assertThatThrownBy(() -> p.select(List.of())).satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.none"));
        assertThatThrownBy(() -> p.select(List.of(4))).satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.unknown"));
        assertThatThrownBy(() -> p.select(List.of(0))).satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.unknown"));
    }

    @Test
    void aMultipleChoicePollTakesUpToK() {
        Poll p = poll(2, 4);
        assertThat(p.select(List.of(3, 1)).canonical()).isEqualTo("1,3");
        assertThatThrownBy(() -> p.select(List.of(1, 2, 3)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.tooMany"));
        assertThatThrownBy(() -> p.select(List.of(1, 1)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.duplicate"));
    }

    @Test
    void aKnapsackBudgetAcceptsAnySetWithinTheBudgetAndSaysByHowMuchOneIsOver() {
        ParticipatoryBudget b = budget(BudgetMode.KNAPSACK, null);
        assertThat(b.totalCost(b.select(List.of(1, 2, 4)))).isEqualTo(100_000_000L); // exactly the budget
        assertThat(b.select(List.of(2, 3, 4)).size()).isEqualTo(3); // 90 million
        assertThatThrownBy(() -> b.select(List.of(1, 3, 4)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(t -> {
                    assertThat(key(t)).isEqualTo("poll.choice.overBudget");
                    assertThat(((InvalidInput) t).arguments()).containsExactly(110_000_000L, 100_000_000L);
                    assertThat(((InvalidInput) t).field()).isEqualTo("choices");
                });
    }

    @Test
    void anApprovalBudgetCountsProjectsNotMoney() {
        ParticipatoryBudget b = budget(BudgetMode.APPROVAL, 2);
        assertThat(b.select(List.of(1, 3)).size()).isEqualTo(2); // 90 million, fine either way
        assertThatThrownBy(() -> b.select(List.of(2, 3, 4)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.choice.tooMany"));
        assertThatThrownBy(() -> new ParticipatoryBudget(TEXTS, null, OPENS, CLOSES, BudgetMode.APPROVAL, 1L, null,
                "admin", NOW)).satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.maxProjectsRequired"));
    }

    @Test
    void setUpRulesProjectsNeedCostsThatFitAndPollsHaveNone() {
        ParticipatoryBudget b = budget(BudgetMode.KNAPSACK, null);
        assertThatThrownBy(() -> b.addOption("a", "a", null, null, null))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.costRequired"));
        assertThatThrownBy(() -> b.addOption("a", "a", null, null, 100_000_001L))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.costOverBudget"));
        Poll p = poll(null, 1);
        assertThatThrownBy(() -> p.addOption("a", "a", null, null, 5L))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.costOnlyForProjects"));
        assertThatThrownBy(() -> p.open(NOW)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.twoOptions"));
        assertThatThrownBy(() -> new Poll(TEXTS, null, CLOSES, OPENS, null, "admin", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.closesAfterOpens"));
        Poll tooMany = poll(3, 2);
        assertThatThrownBy(() -> tooMany.open(NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.maxChoicesTooMany"));
    }

    @Test
    void removingAnOptionRenumbersTheRestAndOpeningFreezesThem() {
        Poll p = poll(null, 3);
        p.removeOption(1);
        assertThat(p.getOptions()).extracting(PollOption::getPosition).containsExactly(1, 2);
        assertThat(p.getOptions()).extracting(PollOption::getLabelEn).containsExactly("Answer 2", "Answer 3");
        p.open(NOW);
        assertThatThrownBy(() -> p.addOption("x", "x", null, null, null))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.status.draft"));
        assertThatThrownBy(() -> p.removeOption(1)).isInstanceOf(Conflict.class);
    }

    @Test
    void thePhaseFollowsTheClock() {
        Poll p = poll(null, 2);
        assertThat(p.phase(NOW)).isEqualTo(PollPhase.DRAFT);
        p.open(NOW);
        assertThat(p.phase(OPENS.minusSeconds(1))).isEqualTo(PollPhase.UPCOMING);
        assertThat(p.phase(OPENS)).isEqualTo(PollPhase.OPEN);
        assertThat(p.phase(CLOSES.minusNanos(1))).isEqualTo(PollPhase.OPEN);
        assertThat(p.phase(CLOSES)).isEqualTo(PollPhase.COUNTING);
        assertThatThrownBy(() -> p.participate(java.util.UUID.randomUUID(), 1L, Selection.of(1), CLOSES))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.participate.notOpen"));
        p.close(List.of(), CLOSES);
        assertThat(p.phase(CLOSES)).isEqualTo(PollPhase.CLOSED);
    }

    @Test
    void eligibilityIsVerifiedResidentsOfTheRegionOfAgeOnTheClosingDay() {
        PollEligibility e = new PollEligibility("SEOUL", 19);
        LocalDate closing = LocalDate.of(2026, 12, 5);
        assertThat(e.refusal(true, "SEOUL", LocalDate.of(2007, 12, 5), closing)).isEmpty(); // 19 that very day
        assertThat(e.refusal(true, "SEOUL", LocalDate.of(2007, 12, 6), closing)).hasValue("poll.refused.age");
        assertThat(e.refusal(true, "BUSAN", LocalDate.of(1980, 1, 1), closing)).hasValue("poll.refused.region");
        assertThat(e.refusal(false, "SEOUL", LocalDate.of(1980, 1, 1), closing)).hasValue("poll.refused.notVerified");
        PollEligibility anyone = PollEligibility.anyVerifiedResident();
        assertThat(anyone.refusal(true, "JEJU", LocalDate.of(2020, 1, 1), closing)).isEmpty();
        assertThat(anyone.refusal(false, "JEJU", LocalDate.of(1980, 1, 1), closing)).isPresent();
        assertThatThrownBy(() -> new PollEligibility("seoul; drop", null))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.regionInvalid"));
        assertThatThrownBy(() -> new PollEligibility(null, 130))
                .satisfies(t -> assertThat(key(t)).isEqualTo("poll.setup.minAgeInvalid"));
    }

    @Test
    void theClosingDayIsCountedInKorea() {
        // 2026-12-04T15:30Z is already 5 December in Seoul
        Poll p = new Poll(TEXTS, null, OPENS, Instant.parse("2026-12-04T15:30:00Z"), null, "admin", NOW);
        assertThat(p.closingDay(java.time.ZoneId.of("Asia/Seoul"))).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void pollResultsAreCountsPerAnswer() {
        Poll p = poll(2, 3);
        p.open(NOW);
        List<Selection> ballots = List.of(Selection.of(1, 2), Selection.of(2), Selection.of(2, 3));
        for (int i = 0; i < ballots.size(); i++) {
            p.participate(java.util.UUID.randomUUID(), i, ballots.get(i), NOW);
        }
        assertThat(p.getOptions()).extracting(PollOption::getVotes).containsOnlyNulls(); // nothing before closing
        p.close(ballots, NOW.plusSeconds(60));
        assertThat(p.getOptions()).extracting(PollOption::getVotes).containsExactly(1, 3, 1);
        assertThat(p.getOptions()).extracting(PollOption::getFunded).containsOnlyNulls();
        assertThat(p.getStatus()).isEqualTo(PollStatus.CLOSED);
        assertThat(p.getClosesAt()).as("closed early by the administrator").isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void closingRefusesABallotCountThatDiffersFromTheReceipts() {
        Poll p = poll(null, 2);
        p.open(NOW);
        p.participate(java.util.UUID.randomUUID(), 1, Selection.of(1), NOW);
        assertThatThrownBy(() -> p.close(List.of(), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fundingGoesByVotesWhileTheBudgetLastsSkippingWhatNoLongerFits() {
        ParticipatoryBudget b = budget(BudgetMode.KNAPSACK, null);
        b.open(NOW);
        // votes: P1 (50M) 3, P2 (30M) 1, P3 (40M) 2, P4 (20M) 2, so rank P1, P4 (tie: cheaper), P3, P2
        List<Selection> ballots = List.of(Selection.of(1, 3), Selection.of(1, 4), Selection.of(1, 2, 4),
                Selection.of(3));
        for (int i = 0; i < ballots.size(); i++) {
            b.participate(java.util.UUID.randomUUID(), i, ballots.get(i), NOW);
        }
        b.close(ballots, CLOSES);
        assertThat(b.getOptions()).extracting(PollOption::getVotes).containsExactly(3, 1, 2, 2);
        // P1 50M (left 50M), P4 20M (left 30M), P3 40M does not fit, P2 30M fits (left 0)
        assertThat(b.getOptions()).extracting(PollOption::getFunded).containsExactly(true, true, false, true);
    }

    @Test
    void aProjectNobodyChoseIsNotFunded() {
        ParticipatoryBudget b = budget(BudgetMode.APPROVAL, 1);
        b.open(NOW);
        b.participate(java.util.UUID.randomUUID(), 1, Selection.of(2), NOW);
        b.close(List.of(Selection.of(2)), CLOSES);
        assertThat(b.getOptions()).extracting(PollOption::getFunded).containsExactly(false, true, false, false);
    }
}
