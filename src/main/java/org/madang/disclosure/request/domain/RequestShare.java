package org.madang.disclosure.request.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one request adds to its department's line of the statistics: one request, decided on time
 * or late, overdue now (undecided and marked by the daily sweep), its decision, an objection and
 * whether it was upheld. The statistics are the sum of every request's share; a command changes
 * them by the request's new share minus its old one, in the same transaction, so a rebuild (the
 * plain sum) gives exactly the same rows.
 */
public record RequestShare(long requests, long decidedOnTime, long decidedLate, long overdueNow, long disclosed,
                           long partly, long refused, long notHeld, long objections, long objectionsUpheld) {
    public static final RequestShare NONE = new RequestShare(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The share of a request in this state (the one definition both the commands and the rebuild use). */
    public static RequestShare of(RequestStatus status, DecisionKind decision, boolean decidedLate,
                                  boolean overdueMarked, boolean objected, ObjectionOutcome outcome) {
        boolean decided = status == RequestStatus.DECIDED;
        boolean upheld = outcome == ObjectionOutcome.UPHELD || outcome == ObjectionOutcome.PARTLY_UPHELD;
        return new RequestShare(1, decided && !decidedLate ? 1 : 0, decided && decidedLate ? 1 : 0,
                !decided && overdueMarked ? 1 : 0, decision == DecisionKind.DISCLOSURE ? 1 : 0,
                decision == DecisionKind.PARTIAL_DISCLOSURE ? 1 : 0, decision == DecisionKind.NON_DISCLOSURE ? 1 : 0,
                decision == DecisionKind.NOT_HELD ? 1 : 0, objected ? 1 : 0, upheld ? 1 : 0);
    }

    public RequestShare plus(RequestShare o) {
        return new RequestShare(requests + o.requests, decidedOnTime + o.decidedOnTime, decidedLate + o.decidedLate,
                overdueNow + o.overdueNow, disclosed + o.disclosed, partly + o.partly, refused + o.refused,
                notHeld + o.notHeld, objections + o.objections, objectionsUpheld + o.objectionsUpheld);
    }

    public RequestShare negated() {
        return NONE.minus(this);
    }

    public RequestShare minus(RequestShare o) {
        return new RequestShare(requests - o.requests, decidedOnTime - o.decidedOnTime, decidedLate - o.decidedLate,
                overdueNow - o.overdueNow, disclosed - o.disclosed, partly - o.partly, refused - o.refused,
                notHeld - o.notHeld, objections - o.objections, objectionsUpheld - o.objectionsUpheld);
    }

    public boolean isZero() {
        return equals(NONE);
    }

    /**
     * The change to the statistics per department when a request counted as {@code before} in
     * {@code beforeDepartment} (null: not counted yet) is now {@code after} in {@code afterDepartment}:
     * a transfer takes the whole share out of the first department and into the second. Departments
     * in ascending order (the order their rows are locked in), unchanged ones left out.
     */
    public static Map<Long, RequestShare> change(Long beforeDepartment, RequestShare before, long afterDepartment,
                                                 RequestShare after) {
        Map<Long, RequestShare> delta = new TreeMap<>();
        delta.put(afterDepartment, after);
        if (beforeDepartment != null) {
            delta.merge(beforeDepartment, before.negated(), RequestShare::plus);
        }
        delta.values().removeIf(RequestShare::isZero);
        return delta;
    }
}
