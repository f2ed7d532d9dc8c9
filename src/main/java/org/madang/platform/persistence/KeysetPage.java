package org.madang.platform.persistence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by keyset (newest first, after or before the key of a row already
 * shown) rather than by offset: reading page 1,000 costs what page 1 costs, and nothing is counted.
 * It says only whether newer and older rows exist, which is all its links need.
 */
public record KeysetPage<T>(List<T> items, boolean hasNewer, boolean hasOlder) implements Serializable {
    public KeysetPage {
        items = List.copyOf(items);
    }

    public <R> KeysetPage<R> map(Function<? super T, R> f) {
        return new KeysetPage<>(items.stream().map(f).toList(), hasNewer, hasOlder);
    }

    /**
     * The page from rows read one more than {@code size} beyond the key, in the order read:
     * newest first when paging back ({@code towardsOlder}), oldest first when paging forward.
     */
    public static <T> KeysetPage<T> of(List<T> read, int size, boolean towardsOlder, boolean moreOnTheOtherSide) {
        boolean more = read.size() > size;
        List<T> rows = more ? read.subList(0, size) : read;
        if (towardsOlder) {
            return new KeysetPage<>(rows, moreOnTheOtherSide, more);
        }
        List<T> newestFirst = new ArrayList<>(rows);
        Collections.reverse(newestFirst);
        return new KeysetPage<>(newestFirst, more, moreOnTheOtherSide);
    }
}
