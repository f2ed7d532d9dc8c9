package org.madang.services.bundle;

import org.junit.jupiter.api.Test;
import org.madang.services.bundle.domain.BundleProgress;
import org.madang.services.bundle.domain.BundleProgress.State;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.services.domain.ApplicationStatus.*;

class BundleProgressTest {
    @Test
    void aDraftIsADraftWhateverItsParts() {
        assertThat(BundleProgress.of(false, List.of(DRAFT, DRAFT)).state()).isEqualTo(State.DRAFT);
    }

    @Test
    void untouchedPartsAndHeldPartsAreSubmitted() {
        BundleProgress p = BundleProgress.of(true, List.of(SUBMITTED, SUBMITTED, AWAITING_PREREQUISITE));
        assertThat(p.state()).isEqualTo(State.SUBMITTED);
        assertThat(p.done()).isZero();
        assertThat(p.total()).isEqualTo(3);
    }

    @Test
    void anOfficerAtWorkOrAPartDecidedIsInProgressKOfN() {
        assertThat(BundleProgress.of(true, List.of(UNDER_REVIEW, SUBMITTED)).state()).isEqualTo(State.IN_PROGRESS);
        assertThat(BundleProgress.of(true, List.of(TRANSFERRED, SUBMITTED)).state()).isEqualTo(State.IN_PROGRESS);
        BundleProgress p = BundleProgress.of(true, List.of(APPROVED, SUBMITTED, AWAITING_PREREQUISITE));
        assertThat(p.state()).isEqualTo(State.IN_PROGRESS);
        assertThat(p.done()).isEqualTo(1);
        assertThat(BundleProgress.of(true, List.of(REJECTED, AWAITING_SUPPLEMENT)).done()).isEqualTo(1);
    }

    @Test
    void everyPartEndedIsCompletedOrCompletedWithARejection() {
        BundleProgress all = BundleProgress.of(true, List.of(APPROVED, APPROVED, APPROVED));
        assertThat(all.state()).isEqualTo(State.COMPLETED);
        assertThat(all.approved()).isEqualTo(3);
        assertThat(all.isCompleted()).isTrue();
        assertThat(BundleProgress.of(true, List.of(APPROVED, REJECTED, WITHDRAWN)).state())
                .isEqualTo(State.COMPLETED_WITH_REJECTION);
        assertThat(BundleProgress.of(true, List.of(APPROVED, WITHDRAWN)).approved()).isEqualTo(1);
    }
}
