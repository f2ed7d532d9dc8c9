package org.madang.forum.debate.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The debate's and the post's own rules: the period, one level of replies, the edit window, moderation and appeal. */
class DebateRulesTest {
    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static Debate debate() throws Exception {
        Debate d = new Debate("JONGNO", "주제", "배경", Audience.SIGNED_IN, null, T0, T0.plus(Duration.ofDays(7)), 1, T0);
        setId(d, 10L);
        return d;
    }

    static <T> T setId(T o, long id) throws Exception {
        Field f = o.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(o, id);
        return o;
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void postingOnlyWhileOpenAndRepliesOneLevelDeep() throws Exception {
        Debate d = debate();
        assertThatThrownBy(() -> Post.thread(d, 5, "글", null, null, T0.minusSeconds(1)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("debate.notOpen"));
        assertThatThrownBy(() -> Post.thread(d, 5, "글", null, null, T0.plus(Duration.ofDays(7))))
                .isInstanceOf(Conflict.class);
        Post thread = setId(Post.thread(d, 5, " 글 ", null, null, T0.plusSeconds(1)), 100L);
        assertThat(thread.getBody()).isEqualTo("글");
        Post reply = setId(Post.reply(d, thread, 6, "답글", null, null, T0.plusSeconds(2)), 101L);
        assertThat(thread.getReplyCount()).isEqualTo(1);
        assertThatThrownBy(() -> Post.reply(d, reply, 7, "답글의 답글", null, null, T0.plusSeconds(3)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("debate.reply.onlyToThreads"));
        assertThatThrownBy(() -> Post.thread(d, 5, "가".repeat(Post.BODY_MAX + 1), null, null, T0.plusSeconds(1)))
                .satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("body"));
    }

    @Test
    void theAuthorEditsWithinFifteenMinutesKeepingTheEarlierWordingAndDeletesLeavingAMark() throws Exception {
        Debate d = debate();
        Instant posted = T0.plusSeconds(10);
        Post p = setId(Post.thread(d, 5, "처음", null, null, posted), 100L);
        assertThatThrownBy(() -> p.edit(6, "남", posted.plusSeconds(60))).isInstanceOf(Forbidden.class);
        PostEdit earlier = p.edit(5, "고침", posted.plus(Duration.ofMinutes(15)));
        assertThat(earlier.getBody()).isEqualTo("처음");
        assertThat(p.getBody()).isEqualTo("고침");
        assertThatThrownBy(() -> p.edit(5, "늦음", posted.plus(Duration.ofMinutes(15)).plusSeconds(1)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("debate.edit.tooLate"));
        p.delete(5, posted.plus(Duration.ofHours(1)));
        assertThat(p.getBody()).isNull();
        assertThat(p.isShown()).isFalse();
        assertThatThrownBy(() -> Post.reply(d, p, 6, "답", null, null, posted.plus(Duration.ofHours(2))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("debate.reply.deleted"));
    }

    @Test
    void threeFlagsPutAPostUnderReviewAndAnAppealOnceGoesToAnotherModerator() throws Exception {
        Post p = setId(Post.thread(debate(), 5, "글", null, null, T0.plusSeconds(1)), 100L);
        assertThat(p.flagged(2)).isFalse();
        assertThat(p.isShown()).isTrue();
        assertThat(p.flagged(3)).isTrue();
        assertThat(p.flagged(4)).as("once only").isFalse();
        assertThat(p.moderation().getState()).isEqualTo(Moderation.UNDER_REVIEW);
        assertThat(p.isShown()).isFalse();
        assertThatThrownBy(() -> p.appeal(5, "아직", T0)).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.notHidden"));
        ModerationEntry hidden = p.hide(900, ModerationRule.ABUSE, "모욕", T0);
        assertThat(hidden.getAction()).isEqualTo(ModerationAction.HIDDEN);
        assertThatThrownBy(() -> p.dismissFlags(901, "늦음", T0)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> p.appeal(6, "남의 글", T0)).isInstanceOf(Forbidden.class);
        p.appeal(5, "비판이었습니다", T0);
        assertThatThrownBy(() -> p.appeal(5, "또", T0)).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.once"));
        assertThatThrownBy(() -> p.decideAppeal(900, true, "내 결정", T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.anotherModerator"));
        assertThatThrownBy(() -> p.decideAppeal(901, true, " ", T0)).satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("reason"));
        ModerationEntry decided = p.decideAppeal(901, false, "모욕이 맞습니다", T0);
        assertThat(decided.getAction()).isEqualTo(ModerationAction.APPEAL_UPHELD);
        assertThat(p.moderation().getState()).isEqualTo(Moderation.HIDDEN);
        assertThatThrownBy(() -> p.decideAppeal(902, true, "다시", T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.nonePending"));
    }

    @Test
    void whoMayTakePart() {
        assertThat(Audience.SIGNED_IN.refusal(false, "SEOUL", null)).isEmpty();
        assertThat(Audience.VERIFIED_RESIDENTS.refusal(false, "SEOUL", null)).contains("debate.refused.notVerified");
        assertThat(Audience.REGION_RESIDENTS.refusal(true, "SEOUL", "BUSAN")).contains("debate.refused.region");
        assertThat(Audience.REGION_RESIDENTS.refusal(true, "BUSAN", "BUSAN")).isEmpty();
        assertThatThrownBy(() -> new Debate("A", "t", "b", Audience.REGION_RESIDENTS, null, T0, T0.plusSeconds(9), 1, T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("debate.setup.regionRequired"));
        assertThatThrownBy(() -> new Debate("A", "t", "b", Audience.SIGNED_IN, null, T0, T0, 1, T0))
                .satisfies(t -> assertThat(key(t)).isEqualTo("debate.setup.closesAfterOpens"));
    }
}
