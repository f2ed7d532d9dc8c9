package org.madang.performance.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one case adds to the kept backlog of its service and department: open (received, not yet
 * decided) and counted overdue. A change of the case takes the old contribution away and adds the
 * new one, like {@link Contribution} does for the monthly sums.
 */
public record OpenNow(long serviceId, long departmentId, int open, int overdue) {
    public static final OpenNow NONE = new OpenNow(0, 0, 0, 0);

    /** A row of the kept backlog, in the order writers lock rows (so two never wait on each other). */
    public record Key(long serviceId, long departmentId) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::serviceId)
                .thenComparingLong(Key::departmentId);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** The difference to add to a row: open cases and overdue cases. */
    public record Delta(long open, long overdue) {
        Delta plus(long open, long overdue) {
            return new Delta(this.open + open, this.overdue + overdue);
        }

        boolean isZero() {
            return open == 0 && overdue == 0;
        }
    }

    public OpenNow {
        if (open < 0 || open > 1 || overdue < 0 || overdue > open) {
            throw new IllegalArgumentException("a case is open or not, and overdue only when open");
        }
    }

    static OpenNow of(long serviceId, long departmentId, boolean open, boolean overdue) {
        return open ? new OpenNow(serviceId, departmentId, 1, overdue ? 1 : 0) : NONE;
    }

    public static OpenNow of(CaseFacts f, Instant now) {
        return of(f.serviceId(), f.departmentId(), f.stage() == Stage.OPEN, f.overdueAt(now));
    }

    /** The change to the kept rows when {@code before} becomes {@code after}; rows left as they were are not in it. */
    public static SortedMap<Key, Delta> change(OpenNow before, OpenNow after) {
        SortedMap<Key, Delta> delta = new TreeMap<>();
        before.addTo(delta, -1);
        after.addTo(delta, 1);
        delta.values().removeIf(Delta::isZero);
        return delta;
    }

    private void addTo(SortedMap<Key, Delta> delta, int sign) {
        if (open > 0) {
            delta.merge(new Key(serviceId, departmentId), new Delta(sign * open, sign * overdue),
                    (a, b) -> a.plus(b.open(), b.overdue()));
        }
    }
}
