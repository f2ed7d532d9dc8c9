package org.madang.forum.petition.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The petition's own rules: sponsors before publication, the 30-day run, the count, the threshold and the deadline, answer then outcome. */
class PetitionRulesTest {
    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final long AUTHOR = 7;
    static final UUID AUTHOR_KEY = UUID.randomUUID();

    static Petition draft() {
        return new Petition("제목", "본문", PetitionCategory.TRANSPORT, "MOIS", AUTHOR, AUTHOR_KEY, "token", T0);
    }

    static Petition published(int threshold, int days) {
        Petition p = draft();
        for (int i = 0; i < Petition.SPONSORS_NEEDED; i++) {
            p.sponsored(UUID.randomUUID());
        }
        p.publish(AUTHOR, new AnswerRule(threshold, days), T0);
        return p;
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void aDraftNeedsTitleTextCategoryAndAgencyWithinTheirLengths() {
        assertThatThrownBy(() -> new Petition(" ", "본문", PetitionCategory.OTHER, "MOIS", 1L, AUTHOR_KEY, "t", T0))
                .isInstanceOf(InvalidInput.class).satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("title"));
        assertThatThrownBy(() -> new Petition("제목", "가".repeat(Petition.TEXT_MAX + 1), PetitionCategory.OTHER, "MOIS", 1L,
                AUTHOR_KEY, "t", T0)).satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("text"));
        assertThatThrownBy(() -> new Petition("제목", "본문", null, "MOIS", 1L, AUTHOR_KEY, "t", T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.draft.categoryRequired"));
        assertThatThrownBy(() -> new Petition("제목", "본문", PetitionCategory.OTHER, "", 1L, AUTHOR_KEY, "t", T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.draft.agencyRequired"));
        assertThat(new Petition("  제목 ", "본문", PetitionCategory.OTHER, "MOIS", 1L, AUTHOR_KEY, "t", T0).getTitle())
                .isEqualTo("제목");
    }

    @Test
    void fiveSponsorsOtherThanTheAuthorBeforePublication() {
        Petition p = draft();
        assertThatThrownBy(() -> p.sponsored(AUTHOR_KEY)).isInstanceOf(Forbidden.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.sponsor.author"));
        for (int i = 0; i < 4; i++) {
            p.sponsored(UUID.randomUUID());
        }
        assertThatThrownBy(() -> p.publish(AUTHOR, new AnswerRule(10, 30), T0)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.publish.needsSponsors"));
        assertThat(p.phase(T0)).isEqualTo(PetitionPhase.DRAFT);
        p.sponsored(UUID.randomUUID());
        assertThatThrownBy(() -> p.sponsored(UUID.randomUUID()))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.sponsor.enough"));
        assertThatThrownBy(() -> p.publish(AUTHOR + 1, new AnswerRule(10, 30), T0)).isInstanceOf(Forbidden.class);
        p.publish(AUTHOR, new AnswerRule(10, 30), T0);
        assertThatThrownBy(() -> p.publish(AUTHOR, new AnswerRule(10, 30), T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.publish.already"));
        assertThatThrownBy(() -> p.sponsored(UUID.randomUUID()))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.sponsor.published"));
    }

    @Test
    void itRunsThirtyDaysAndTakesSupportsOnlyWhileOpen() {
        Petition p = published(100, 30);
        Instant closes = T0.plus(Duration.ofDays(30));
        assertThat(p.getClosesAt()).isEqualTo(closes);
        assertThat(p.phase(closes.minusSeconds(1))).isEqualTo(PetitionPhase.OPEN);
        assertThat(p.phase(closes)).isEqualTo(PetitionPhase.CLOSED);
        p.supportAdded(closes.minusSeconds(1));
        assertThatThrownBy(() -> p.supportAdded(closes)).satisfies(t -> assertThat(key(t)).isEqualTo("petition.support.closed"));
        assertThatThrownBy(() -> p.supportWithdrawn(closes)).isInstanceOf(Conflict.class);
        assertThat(p.getSupportCount()).isEqualTo(1);
        assertThatThrownBy(() -> draft().supportAdded(T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.support.notPublished"));
    }

    @Test
    void reachingTheThresholdStartsTheAnswerClockWhichStaysAfterWithdrawals() {
        Petition p = published(3, 10);
        Instant t1 = T0.plus(Duration.ofHours(1));
        assertThat(p.supportAdded(t1)).isFalse();
        assertThat(p.supportAdded(t1)).isFalse();
        assertThat(p.answerState(t1)).isEqualTo(AnswerState.NOT_DUE);
        Instant t2 = T0.plus(Duration.ofHours(2));
        assertThat(p.supportAdded(t2)).as("the third support reaches the threshold").isTrue();
        assertThat(p.getThresholdReachedAt()).isEqualTo(t2);
        assertThat(p.getAnswerDueAt()).isEqualTo(t2.plus(Duration.ofDays(10)));
        assertThat(p.answerState(t2)).isEqualTo(AnswerState.DUE);
        p.supportWithdrawn(t2.plusSeconds(1));
        assertThat(p.getSupportCount()).isEqualTo(2);
        assertThat(p.supportAdded(t2.plusSeconds(2))).as("reached only once").isFalse();
        assertThat(p.getAnswerDueAt()).isEqualTo(t2.plus(Duration.ofDays(10)));
        assertThat(p.answerState(p.getAnswerDueAt())).isEqualTo(AnswerState.DUE);
        assertThat(p.answerState(p.getAnswerDueAt().plusSeconds(1))).isEqualTo(AnswerState.OVERDUE);
        p.answer("답변", 99L, 5L, p.getAnswerDueAt().plusSeconds(2));
        assertThat(p.answerState(p.getAnswerDueAt().plusSeconds(3))).isEqualTo(AnswerState.ANSWERED);
    }

    @Test
    void theAgencyRuleIsFrozenAtPublication() {
        Petition p = published(5, 7);
        assertThat(p.getAnswerThreshold()).isEqualTo(5);
        assertThat(p.getAnswerDays()).isEqualTo(7);
        assertThatThrownBy(() -> new AnswerRule(0, 30)).satisfies(t -> assertThat(key(t)).isEqualTo("petition.rule.thresholdInvalid"));
        assertThatThrownBy(() -> new AnswerRule(10, 0)).satisfies(t -> assertThat(key(t)).isEqualTo("petition.rule.daysInvalid"));
        assertThatThrownBy(() -> new AnswerRule(10, 366)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void answerThenOutcomeAcceptedWithMilestonesUntilDone() {
        Petition p = published(1, 30);
        assertThatThrownBy(() -> p.decide(Outcome.ACCEPTED, null, T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.outcome.answerFirst"));
        assertThatThrownBy(() -> p.answer("  ", 9L, null, T0)).satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("answer"));
        p.answer("검토하겠습니다", 9L, 3L, T0);
        assertThatThrownBy(() -> p.answer("또", 9L, 3L, T0)).satisfies(t -> assertThat(key(t)).isEqualTo("petition.answer.already"));
        assertThatThrownBy(p::requireMilestonesAllowed).satisfies(t -> assertThat(key(t)).isEqualTo("petition.milestone.notAccepted"));
        assertThatThrownBy(() -> p.decide(Outcome.DONE, null, T0)).satisfies(t -> assertThat(key(t)).isEqualTo("petition.outcome.choose"));
        p.decide(Outcome.ACCEPTED, null, T0);
        assertThatThrownBy(() -> p.decide(Outcome.DECLINED, "이유", T0)).satisfies(t -> assertThat(key(t)).isEqualTo("petition.outcome.already"));
        p.requireMilestonesAllowed();
        p.markDone(T0.plusSeconds(5));
        assertThat(p.getOutcome()).isEqualTo(Outcome.DONE);
        assertThat(p.getDoneAt()).isEqualTo(T0.plusSeconds(5));
        assertThatThrownBy(() -> p.markDone(T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void declinedNeedsReasons() {
        Petition p = published(1, 30);
        p.answer("답변", 9L, null, T0);
        assertThatThrownBy(() -> p.decide(Outcome.DECLINED, " ", T0))
                .satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("reason"));
        p.decide(Outcome.DECLINED, "예산이 없습니다", T0);
        assertThat(p.getOutcomeReason()).isEqualTo("예산이 없습니다");
        assertThatThrownBy(p::requireMilestonesAllowed).isInstanceOf(Conflict.class);
    }

    @Test
    void threeFlagsPauseSupportsUntilAModeratorDecidesAndTheAppealGoesToAnotherModerator() {
        Petition p = published(100, 30);
        Instant now = T0.plus(Duration.ofDays(1));
        assertThat(p.moderation().flagged(2)).as("two flags: nothing yet").isFalse();
        p.supportAdded(now);
        assertThat(p.moderation().flagged(3)).as("the third puts it under review").isTrue();
        assertThat(p.moderation().flagged(4)).as("once only").isFalse();
        assertThatThrownBy(() -> p.supportAdded(now)).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("petition.support.underModeration"));
        assertThat(p.getSupportCount()).isEqualTo(1);
        p.supportWithdrawn(now);
        assertThat(p.getSupportCount()).as("a withdrawal is still allowed").isZero();
        assertThatThrownBy(() -> p.moderation().hide(1, null, "이유")).isInstanceOf(InvalidInput.class);
        p.moderation().hide(1, org.madang.forum.debate.domain.ModerationRule.SPAM, "광고");
        assertThatThrownBy(() -> p.moderation().hide(2, org.madang.forum.debate.domain.ModerationRule.SPAM, "또"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("moderation.alreadyHidden"));
        p.moderation().appeal("광고가 아닙니다", now);
        assertThatThrownBy(() -> p.moderation().appeal("다시", now))
                .satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.once"));
        assertThatThrownBy(() -> p.moderation().decideAppeal(1, true)).isInstanceOf(Forbidden.class);
        p.moderation().decideAppeal(2, true);
        assertThat(p.moderation().isVisible()).isTrue();
        p.supportAdded(now);
        assertThat(p.getSupportCount()).isEqualTo(1);
    }
}
