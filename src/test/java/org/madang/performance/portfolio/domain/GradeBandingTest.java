package org.madang.performance.portfolio.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.performance.portfolio.domain.Grade.DA;
import static org.madang.performance.portfolio.domain.Grade.GA;
import static org.madang.performance.portfolio.domain.Grade.MA;
import static org.madang.performance.portfolio.domain.Grade.NA;
import static org.madang.performance.portfolio.domain.Grade.RA;

class GradeBandingTest {

    private static Map<String, BigDecimal> scores(double... values) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put("t" + (i + 1), BigDecimal.valueOf(values[i]));
        }
        return m;
    }

    @Test
    void tenDistinctScoresFallOnePerTwoFourTwoOne() {
        Map<String, Grade> g = GradeBanding.assign(scores(91, 55, 88, 12, 73, 64, 99, 40, 80, 70));
        // ranks: 99 t7, 91 t1, 88 t3, 80 t9, 73 t5, 70 t10, 64 t6, 55 t2, 40 t8, 12 t4
        assertThat(g).containsEntry("t7", GA)
                .containsEntry("t1", NA).containsEntry("t3", NA)
                .containsEntry("t9", DA).containsEntry("t5", DA).containsEntry("t10", DA).containsEntry("t6", DA)
                .containsEntry("t2", RA).containsEntry("t8", RA)
                .containsEntry("t4", MA);
    }

    @Test
    void twentyScoresGiveTwoFourEightFourTwo() {
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = 100 - i;
        }
        Map<String, Grade> g = GradeBanding.assign(scores(v));
        assertThat(g.values().stream().filter(x -> x == GA).count()).isEqualTo(2);
        assertThat(g.values().stream().filter(x -> x == NA).count()).isEqualTo(4);
        assertThat(g.values().stream().filter(x -> x == DA).count()).isEqualTo(8);
        assertThat(g.values().stream().filter(x -> x == RA).count()).isEqualTo(4);
        assertThat(g.values().stream().filter(x -> x == MA).count()).isEqualTo(2);
    }

    @Test
    void tiesShareTheBetterGrade() {
        // ten tasks; three tie at the top: none has anyone better, all three are 가
        Map<String, Grade> g = GradeBanding.assign(scores(90, 90, 90, 80, 80, 70, 60, 50, 50, 10));
        assertThat(g).containsEntry("t1", GA).containsEntry("t2", GA).containsEntry("t3", GA)
                // three better: 30 % -> 다 (not 나)
                .containsEntry("t4", DA).containsEntry("t5", DA)
                .containsEntry("t6", DA).containsEntry("t7", DA)
                // seven better: 70 % -> 라, both
                .containsEntry("t8", RA).containsEntry("t9", RA)
                .containsEntry("t10", MA);
    }

    @Test
    void allEqualAreAllGa() {
        assertThat(GradeBanding.assign(scores(50, 50, 50, 50)).values()).containsOnly(GA);
    }

    @Test
    void smallGroups() {
        assertThat(GradeBanding.assign(scores(10))).containsEntry("t1", GA);
        assertThat(GradeBanding.assign(scores(80, 60))).containsEntry("t1", GA).containsEntry("t2", DA);
        assertThat(GradeBanding.assign(scores(80, 70, 60))).containsEntry("t1", GA).containsEntry("t2", DA)
                .containsEntry("t3", DA);
        assertThat(GradeBanding.assign(scores(80, 70, 60, 50, 40)))
                .containsEntry("t1", GA).containsEntry("t2", NA).containsEntry("t3", DA).containsEntry("t4", DA)
                .containsEntry("t5", RA);
        assertThat(GradeBanding.assign(Map.<String, BigDecimal>of())).isEmpty();
    }

    @Test
    void theBandEdgesAreExact() {
        assertThat(GradeBanding.grade(0, 10)).isEqualTo(GA);
        assertThat(GradeBanding.grade(1, 10)).isEqualTo(NA);
        assertThat(GradeBanding.grade(2, 10)).isEqualTo(NA);
        assertThat(GradeBanding.grade(3, 10)).isEqualTo(DA);
        assertThat(GradeBanding.grade(6, 10)).isEqualTo(DA);
        assertThat(GradeBanding.grade(7, 10)).isEqualTo(RA);
        assertThat(GradeBanding.grade(8, 10)).isEqualTo(RA);
        assertThat(GradeBanding.grade(9, 10)).isEqualTo(MA);
    }

    @Test
    void aMissingScoreIsRefused() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("a", null);
        assertThatThrownBy(() -> GradeBanding.assign(m)).isInstanceOf(IllegalArgumentException.class);
    }
}
