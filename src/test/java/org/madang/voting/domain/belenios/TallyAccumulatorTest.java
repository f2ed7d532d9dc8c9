package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming tally (closing a large election) agrees with the tally of a list of ballots. */
class TallyAccumulatorTest {

    @Test
    void theLastBallotOfEachCredentialInAnyOrderGivesTheSameTally() {
        FreshElection f = new FreshElection(6, List.of());
        f.castAll(f.start());
        Map<BigInteger, Ballot> last = new LinkedHashMap<>();
        f.ballots.forEach(b -> {
            last.remove(b.credential());
            last.put(b.credential(), b);
        });
        List<Ballot> counted = new ArrayList<>(last.values());
        java.util.Collections.reverse(counted);
        Tally.Accumulator acc = Tally.accumulator(f.election, f.credentials.weights());
        counted.forEach(b -> acc.add(Tally.Entry.of(b)));
        TallyResult streamed = acc.result();
        TallyResult listed = f.tally();
        assertThat(streamed).isEqualTo(listed);
        assertThat(streamed.numTallied()).isEqualTo(6);
        assertThat(streamed.totalWeight()).isEqualTo(6);
    }

    @Test
    void aCredentialCountsOnceAndOnlyAKnownOne() {
        FreshElection f = new FreshElection(2, List.of());
        Ballot b = f.cast(0, f.plaintext(0));
        Tally.Accumulator acc = Tally.accumulator(f.election, f.credentials.weights());
        acc.add(Tally.Entry.of(b));
        assertThatThrownBy(() -> acc.add(Tally.Entry.of(b))).isInstanceOf(BeleniosException.class)
                .hasMessageContaining("same credential");
        Tally.Accumulator stranger = Tally.accumulator(f.election, Map.of(BigInteger.TWO, 1L));
        assertThatThrownBy(() -> stranger.add(Tally.Entry.of(b))).hasMessageContaining("unknown credential");
    }

    @Test
    void anEmptyBallotBoxTalliesToOnes() {
        FreshElection f = new FreshElection(1, List.of());
        TallyResult empty = Tally.accumulator(f.election, f.credentials.weights()).result();
        assertThat(empty).isEqualTo(Tally.compute(f.election, List.of(), f.credentials.weights(), TestWorkers.of(1)));
        assertThat(empty.numTallied()).isZero();
    }
}
