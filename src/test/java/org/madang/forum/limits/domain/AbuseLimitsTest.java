package org.madang.forum.limits.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The forum's abuse rules: a sliding window of at most n actions, and what counts as the same text. */
class AbuseLimitsTest {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aWindowAllowsUpToItsMaximumAndRefusesTheNextWithTheLimitInTheMessage() {
        RateLimit perMinute = new RateLimit(5, Duration.ofMinutes(1), "forum.limit.postsPerMinute");
        assertThat(perMinute.since(NOW)).isEqualTo(NOW.minusSeconds(60));
        assertThat(perMinute.allows(0)).isTrue();
        assertThat(perMinute.allows(4)).as("the fifth").isTrue();
        assertThat(perMinute.allows(5)).as("the sixth").isFalse();
        perMinute.check(4);
        assertThatThrownBy(() -> perMinute.check(5)).isInstanceOf(Conflict.class).satisfies(t -> {
            BusinessException b = (BusinessException) t;
            assertThat(b.messageKey()).isEqualTo("forum.limit.postsPerMinute");
            assertThat(b.arguments()).containsExactly(5);
        });
        assertThatThrownBy(() -> perMinute.check(50)).isInstanceOf(Conflict.class);
        RateLimit perDay = new RateLimit(60, Duration.ofDays(1), "forum.limit.postsPerDay");
        assertThat(perDay.since(NOW)).isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    void aLimitThatAllowsNothingOrHasNoWindowIsAConfigurationMistake() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1), "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(-3, Duration.ofMinutes(1), "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO, "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(1, null, "k")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameTextDespiteCaseSpacesInvisibleAndFullWidthCharacters() {
        List<String> earlier = List.of("버스 노선을 늘려 주세요", "Please add a bus LINE.");
        assertThat(SameText.repeats("버스 노선을 늘려 주세요", earlier)).isTrue();
        assertThat(SameText.repeats("  버스   노선을\n늘려\t주세요 ", earlier)).as("spaces and line breaks").isTrue();
        assertThat(SameText.repeats("버스\u00a0노선을\u3000늘려 주세요", earlier)).as("no-break and ideographic spaces").isTrue();
        assertThat(SameText.repeats("버스 노\u200b선을 늘려\ufeff 주세요", earlier)).as("zero-width characters").isTrue();
        assertThat(SameText.repeats("please add a bus line.", earlier)).as("case").isTrue();
        assertThat(SameText.repeats("Ｐｌｅａｓｅ add a bus line．", earlier)).as("full-width forms").isTrue();
        // Hangul typed as separate jamo composes to the same syllables
        assertThat(SameText.repeats("\u1107\u1165\u1109\u1173 노선을 늘려 주세요", earlier)).isTrue();
    }

    @Test
    void aDifferentWordOrMarkIsADifferentText() {
        List<String> earlier = List.of("버스 노선을 늘려 주세요");
        assertThat(SameText.repeats("버스 노선을 늘려 주세요!", earlier)).isFalse();
        assertThat(SameText.repeats("버스 노선을 줄여 주세요", earlier)).isFalse();
        assertThat(SameText.repeats("버스노선을 늘려 주세요", earlier)).as("a space is not nothing").isFalse();
        assertThat(SameText.repeats("버스 노선을 늘려 주세요", List.of())).isFalse();
        assertThat(SameText.repeats("   ", List.of("", " "))).as("an empty text repeats nothing").isFalse();
        assertThat(SameText.repeats(null, earlier)).isFalse();
        assertThat(SameText.normalised("A\u0000b\tC")).isEqualTo("ab c");
    }
}
