package org.madang.disclosure.request.application;

import org.madang.disclosure.request.application.RequestViews.Place;
import org.madang.disclosure.request.application.RequestViews.StepView;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.Objection;
import org.madang.disclosure.request.domain.ObjectionOutcome;
import org.madang.disclosure.request.domain.RequestStatus;
import org.madang.disclosure.request.domain.RequestStep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may read of a request: never the requester's name, account or own words (the
 * description, clarification answers and objection reasons stay with the requester and the
 * agency); a stable pseudonymous number instead; the subject unless the requester kept it private;
 * of a file released to the requester alone (their own personal data), only that it was.
 */
public final class PublicViews {
    private PublicViews() {
    }

    public record PublicRequest(String number, long requesterNumber, String subject, Place place,
                                RequestStatus status, LocalDate receivedOn, LocalDate dueOn, boolean extended,
                                boolean overdue, DecisionKind decision, LocalDate decidedOn, boolean decidedLate,
                                String decisionText, List<NonDisclosureGround> grounds, boolean objected,
                                ObjectionOutcome objectionOutcome, List<StepView> correspondence,
                                LocalDate releaseOn, Long publicationId, boolean releasedPrivately,
                                List<NonDisclosureGround> withheld, BigDecimal feeCharged,
                                boolean awaitingFee)
            implements Serializable {
        /** Null when the requester kept the subject private. */
        public boolean subjectShown() {
            return subject != null;
        }

        static PublicRequest of(DisclosureRequest r, Place place, long pseudonym, boolean withSteps) {
            Objection o = r.getObjection();
            List<StepView> steps = !withSteps ? List.of() : r.getSteps().stream()
                    .filter(s -> s.getKind().byAgency() || s.getKind() == RequestStep.Kind.RECEIVED
                            || s.getKind() == RequestStep.Kind.CLAIMED || s.getKind() == RequestStep.Kind.OVERDUE
                            || s.getKind() == RequestStep.Kind.OBJECTED || s.getKind() == RequestStep.Kind.CLARIFICATION_ANSWERED)
                    .map(s -> new StepView(s.getKind(), s.getAt(), null, s.getKind().byAgency() ? s.getNote() : null,
                            s.getDueOn(), s.getKind().byAgency()))
                    .toList();
            return new PublicRequest(r.getNumberText(), pseudonym,
                    r.getDetails().isSubjectPrivate() ? null : r.getDetails().getSubject(), place, r.getStatus(),
                    r.getReceivedOn(), r.getDueOn(), r.isExtended(), r.isOverdueNow(), r.getDecision(), r.getDecidedOn(),
                    r.isDecidedLate(), withSteps ? r.getDecisionText() : null, List.copyOf(r.getGrounds()), o != null,
                    o == null ? null : o.getOutcome(), steps, r.getRelease().getReleaseOn(),
                    r.getRelease().getPublicationId(), r.getRelease().isReleasedPrivately(),
                    r.getRelease().getWithheldGrounds(),
                    r.getFee().isAssessed() && r.getFee().getTotal().signum() > 0 ? r.getFee().getTotal() : null,
                    r.getRelease().isAwaitingPublication());
        }
    }

    /**
     * One agency's line of the league table, counted from its requests. The disclosure rates are
     * shares of the decisions that disclosed fully, partly or not at all ("not held" is left out,
     * as Korea's own indicator does); the on-time rate is the share of decisions made by their
     * due date.
     */
    public record AgencyStatistics(String agencyCode, String agencyKo, String agencyEn, long requests,
                                   long decidedOnTime, long decidedLate, long overdueNow, long disclosed, long partly,
                                   long refused, long notHeld, long objections, long objectionsUpheld)
            implements Serializable {
        public String agency(String language) {
            return "en".equals(language) ? agencyEn : agencyKo;
        }

        public BigDecimal onTimeRate() {
            return percent(decidedOnTime, decidedOnTime + decidedLate);
        }

        public BigDecimal fullRate() {
            return percent(disclosed, disclosed + partly + refused);
        }

        public BigDecimal partialRate() {
            return percent(partly, disclosed + partly + refused);
        }

        public BigDecimal noneRate() {
            return percent(refused, disclosed + partly + refused);
        }

        /** Null when there is nothing to divide (shown as "–", sorted last). */
        static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null
                    : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    public record AgencyOption(String code, String nameKo, String nameEn) implements Serializable {
    }

    public record LogPage(List<PublicRequest> items, String newer, String older) implements Serializable {
    }
}
