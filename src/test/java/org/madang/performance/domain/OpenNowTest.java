package org.madang.performance.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kept backlog's contribution of one case and what a change of the case changes. */
class OpenNowTest {
    static final Instant NOW = Instant.parse("2026-05-20T03:00:00Z");
    static final Instant DUE = Instant.parse("2026-05-19T09:00:00Z");

    static CaseFacts facts(Stage stage, long department, Instant due, Instant paused) {
        boolean decided = stage.decided();
        return new CaseFacts(1, 7, department, stage, DUE.minusSeconds(864_000), DUE.minusSeconds(800_000),
                decided || stage == Stage.WITHDRAWN ? NOW : null, due, paused, true, decided ? 3 : null,
                decided ? Boolean.TRUE : null, false, false);
    }

    @Test
    void anOpenCaseCountsOpenAndOverdueOnlyPastItsDueTimeOrPausedPastIt() {
        assertThat(OpenNow.of(facts(Stage.OPEN, 100, DUE, null), NOW)).isEqualTo(new OpenNow(7, 100, 1, 1));
        assertThat(OpenNow.of(facts(Stage.OPEN, 100, NOW.plusSeconds(1), null), NOW)).isEqualTo(new OpenNow(7, 100, 1, 0));
        assertThat(OpenNow.of(facts(Stage.OPEN, 100, NOW, null), NOW)).as("due this instant: not yet late").extracting(OpenNow::overdue).isEqualTo(0);
        // a stopped clock stays where it stopped: paused before the due time is not late, whatever now is
        assertThat(OpenNow.of(facts(Stage.OPEN, 100, DUE, DUE.minusSeconds(60)), NOW).overdue()).isZero();
        assertThat(OpenNow.of(facts(Stage.OPEN, 100, DUE, DUE.plusSeconds(60)), NOW).overdue()).isOne();
        assertThat(OpenNow.of(facts(Stage.APPROVED, 100, DUE, null), NOW)).isEqualTo(OpenNow.NONE);
        assertThat(OpenNow.of(facts(Stage.DRAFT, 100, null, null), NOW)).isEqualTo(OpenNow.NONE);
    }

    @Test
    void aChangeTakesTheOldContributionAwayAndAddsTheNewInKeyOrder() {
        OpenNow filed = new OpenNow(7, 100, 1, 0);
        OpenNow late = new OpenNow(7, 100, 1, 1);
        OpenNow moved = new OpenNow(7, 50, 1, 1);
        assertThat(OpenNow.change(OpenNow.NONE, filed)).containsExactly(Map.entry(new OpenNow.Key(7, 100), new OpenNow.Delta(1, 0)));
        assertThat(OpenNow.change(filed, late)).containsExactly(Map.entry(new OpenNow.Key(7, 100), new OpenNow.Delta(0, 1)));
        assertThat(OpenNow.change(late, OpenNow.NONE)).containsExactly(Map.entry(new OpenNow.Key(7, 100), new OpenNow.Delta(-1, -1)));
        assertThat(OpenNow.change(late, late)).isEmpty();
        // transferred to another department: two rows, the lower key first
        assertThat(OpenNow.change(late, moved)).containsExactly(
                Map.entry(new OpenNow.Key(7, 50), new OpenNow.Delta(1, 1)),
                Map.entry(new OpenNow.Key(7, 100), new OpenNow.Delta(-1, -1)));
    }

    @Test
    void overdueOnlyWhenOpen() {
        assertThatThrownBy(() -> new OpenNow(7, 100, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenNow(7, 100, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
