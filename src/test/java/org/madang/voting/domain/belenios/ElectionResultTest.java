package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ElectionResultTest {

    @Test
    void discreteLogFindsEveryCountUpToTheTotalAndNothingBeyond() {
        ElectionResult.DiscreteLog log = new ElectionResult.DiscreteLog(100_000);
        for (long m : new long[] {0, 1, 2, 316, 317, 12_345, 99_999, 100_000}) {
            assertThat(log.of(Group.gPow(BigInteger.valueOf(m)))).as("log g^" + m).isEqualTo(m);
        }
        assertThat(log.of(Group.gPow(BigInteger.valueOf(100_001)))).isEqualTo(-1);
        assertThat(log.of(Group.gPow(Group.Q.subtract(BigInteger.ONE)))).isEqualTo(-1);
        assertThat(new ElectionResult.DiscreteLog(0).of(BigInteger.ONE)).isZero();
    }

    @Test
    void absurdTotalsAreRefusedBeforeAnyWork() {
        assertThatThrownBy(() -> new ElectionResult.DiscreteLog(1L << 40)).isInstanceOfSatisfying(BeleniosException.class,
                e -> assertThat(e.code()).isEqualTo(FailureCode.UNSUPPORTED));
    }

    @Test
    void resultJsonRoundTrips() {
        String json = "{\"result\":[[7,7,6],[0,12]]}";
        assertThat(ElectionResult.parse(json).toCanonicalJson()).isEqualTo(json);
        assertThatThrownBy(() -> ElectionResult.parse("{\"result\":[[7,7,6]],\"x\":1}")).isInstanceOf(BeleniosException.class);
    }
}
