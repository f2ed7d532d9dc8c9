package org.madang.platform.persistence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetBatchesTest {
    @Test
    void walksEveryRowOnceInBatchesAskingAfterTheLastKeySeen() {
        List<Long> rows = LongStream.rangeClosed(1, 7).boxed().toList();
        List<Long> asked = new ArrayList<>();
        KeysetBatches<Long> batches = new KeysetBatches<>(0, after -> {
            asked.add(after);
            return rows.stream().filter(r -> r > after).limit(3).toList();
        }, Long::longValue);

        List<Long> seen = new ArrayList<>();
        batches.forEach(seen::add);

        assertThat(seen).containsExactlyElementsOf(rows);
        assertThat(asked).containsExactly(0L, 3L, 6L, 7L);
    }

    @Test
    void anEmptyTableYieldsNothing() {
        assertThat(new KeysetBatches<Long>(0, after -> List.of(), Long::longValue)).isEmpty();
    }
}
