package org.madang.services.bundle.domain;

import org.madang.services.domain.ApplicationStatus;

import java.io.Serializable;
import java.util.Collection;

/**
 * The one status of a filing, derived from its parts' statuses: nothing touched yet (SUBMITTED),
 * some officer at work or some part decided (IN_PROGRESS, "k of n done"), every part ended
 * (COMPLETED), or every part ended and at least one not approved (COMPLETED_WITH_REJECTION).
 * A part is done when it is approved, rejected or withdrawn.
 */
public record BundleProgress(State state, int done, int total, int approved) implements Serializable {
    public enum State {
        DRAFT, SUBMITTED, IN_PROGRESS, COMPLETED, COMPLETED_WITH_REJECTION;

        public String labelKey() {
            return "bundle.state." + name();
        }
    }

    public static BundleProgress of(boolean submitted, Collection<ApplicationStatus> parts) {
        int total = parts.size();
        int done = (int) parts.stream().filter(BundleProgress::isDone).count();
        int approved = (int) parts.stream().filter(s -> s == ApplicationStatus.APPROVED).count();
        State state;
        if (!submitted) {
            state = State.DRAFT;
        } else if (total > 0 && done == total) {
            state = approved == total ? State.COMPLETED : State.COMPLETED_WITH_REJECTION;
        } else if (done == 0 && parts.stream().allMatch(s -> s == ApplicationStatus.SUBMITTED
                || s == ApplicationStatus.AWAITING_PREREQUISITE)) {
            state = State.SUBMITTED;
        } else {
            state = State.IN_PROGRESS;
        }
        return new BundleProgress(state, done, total, approved);
    }

    static boolean isDone(ApplicationStatus s) {
        return s == ApplicationStatus.APPROVED || s == ApplicationStatus.REJECTED || s == ApplicationStatus.WITHDRAWN;
    }

    public boolean isCompleted() {
        return state == State.COMPLETED || state == State.COMPLETED_WITH_REJECTION;
    }
}
