package org.madang.voting.domain.poll;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The options one participant chose, by their position in the poll (1, 2, ...), ascending and
 * distinct. Positions are fixed once a poll opens, so a stored ballot means the same thing forever.
 */
public record Selection(List<Integer> positions) {
    public Selection {
        positions = positions.stream().sorted().distinct().toList();
    }

    public static Selection of(Integer... positions) {
        return new Selection(Arrays.asList(positions));
    }

    /** The stored and hashed form: positions ascending, comma-separated ("2,5"). */
    public String canonical() {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static Selection parse(String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return new Selection(List.of());
        }
        return new Selection(Arrays.stream(canonical.split(",")).map(Integer::valueOf).toList());
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }

    public int size() {
        return positions.size();
    }
}
