package org.madang.platform.persistence;

import java.io.Serializable;
import java.util.List;

/** One page of a longer result: the rows, where they start, and how many there are in all. */
public record ResultPage<T extends Serializable>(List<T> items, long total, int first, int size)
        implements Serializable {
    public ResultPage {
        items = List.copyOf(items);
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("first >= 0 and size >= 1 required");
        }
    }

    /** 1-based. */
    public int pageNumber() {
        return first / size + 1;
    }

    public long pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return first > 0;
    }

    public boolean hasNext() {
        return first + items.size() < total;
    }
}
