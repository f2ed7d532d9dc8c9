package org.madang.platform.persistence;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Iterates a large, key-ordered table one bounded batch at a time ("the next N after key k"), so
 * walking the whole chain never holds more than one batch in memory and never uses OFFSET.
 */
public final class KeysetBatches<T> implements Iterable<T> {
    private final LongFunction<List<T>> batchAfter;
    private final ToLongFunction<T> key;
    private final long start;

    /**
     * @param start      the key before the first wanted row
     * @param batchAfter the next batch of rows whose key is greater than the given one, in key order
     * @param key        a row's key
     */
    public KeysetBatches(long start, LongFunction<List<T>> batchAfter, ToLongFunction<T> key) {
        this.start = start;
        this.batchAfter = batchAfter;
        this.key = key;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private List<T> batch = List.of();
            private int index;
            private long after = start;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (index < batch.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                batch = batchAfter.apply(after);
                index = 0;
                if (batch.isEmpty()) {
                    exhausted = true;
                    return false;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T row = batch.get(index++);
                after = key.applyAsLong(row);
                return row;
            }
        };
    }
}
