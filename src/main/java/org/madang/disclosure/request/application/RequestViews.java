package org.madang.disclosure.request.application;

import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.Delivery;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.Fee;
import org.madang.disclosure.request.domain.FeeLine;
import org.madang.disclosure.request.domain.FeeOrder;
import org.madang.disclosure.request.domain.WaiverAnswer;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.ObjectionOutcome;
import org.madang.disclosure.request.domain.Objection;
import org.madang.disclosure.request.domain.RequestForm;
import org.madang.disclosure.request.domain.RequestStatus;
import org.madang.disclosure.request.domain.RequestStep;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.platform.privacy.PersonalData;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of requests handed to pages and the API (never entities). */
public final class RequestViews {
    private RequestViews() {
    }

    /** Where a request is (or was decided): the department and its agency in both languages. */
    public record Place(long departmentId, String agencyCode, String agencyKo, String agencyEn, String departmentKo,
                        String departmentEn) implements Serializable {
        static Place of(long id, DepartmentView d) {
            return d == null ? new Place(id, "", "", "", "", "")
                    : new Place(id, d.agencyCode(), d.agencyNameKo(), d.agencyNameEn(), d.nameKo(), d.nameEn());
        }

        public String agency(String language) {
            return "en".equals(language) ? agencyEn : agencyKo;
        }

        public String department(String language) {
            return "en".equals(language) ? departmentEn : departmentKo;
        }
    }

    /** A line of a queue or of the requester's list: no requester's name. */
    public record RequestSummary(String number, String subject, Place place, RequestStatus status,
                                 LocalDate receivedOn, LocalDate dueOn, boolean extended, boolean late,
                                 boolean overdue, DecisionKind decision, boolean objectionPending,
                                 LocalDate objectionDueOn, String assigneeName) implements Serializable {
        /** The date the queue sorts by: the objection's while one waits, else the request's. */
        public LocalDate urgentOn() {
            return objectionPending ? objectionDueOn : dueOn;
        }

        static RequestSummary of(DisclosureRequest r, Place place, LocalDate today) {
            Objection o = r.getObjection();
            boolean pending = o != null && o.isPending();
            return new RequestSummary(r.getNumberText(), r.getDetails().getSubject(), place, r.getStatus(),
                    r.getReceivedOn(), r.getDueOn(), r.isExtended(), r.isLate(today), r.isOverdueNow(),
                    r.getDecision(), pending, pending ? o.getDueOn() : null, r.getAssigneeName());
        }
    }

    public record StepView(RequestStep.Kind kind, Instant at, String officerName, String note, LocalDate dueOn,
                           boolean byAgency) implements Serializable {
        static StepView of(RequestStep s) {
            return new StepView(s.getKind(), s.getAt(), s.getOfficerName(), s.getNote(), s.getDueOn(),
                    s.getKind().byAgency());
        }
    }

    public record ObjectionView(LocalDate filedOn, String reason, LocalDate dueOn, boolean extended,
                                ObjectionOutcome outcome, LocalDate decidedOn, String decisionText)
            implements Serializable {
        static ObjectionView of(Objection o) {
            return o == null ? null : new ObjectionView(o.getFiledOn(), o.getReason(), o.getDueOn(), o.isExtended(),
                    o.getOutcome(), o.getDecidedOn(), o.getDecisionText());
        }

        public boolean pending() {
            return outcome == null;
        }
    }

    /** A request in full as its requester, or an officer of its department, reads it. */
    public record RequestView(String number, long requesterId, String subject, String description, RequestForm form,
                              Delivery delivery, String feeWaiverReason, boolean subjectPrivate, Place place,
                              RequestStatus status, Instant receivedAt, LocalDate receivedOn, LocalDate dueOn,
                              boolean extended, int stoppedDays, LocalDate overdueOn, LocalDate overdueSince,
                              boolean late, DecisionKind decision, LocalDate decidedOn, boolean decidedLate,
                              String decisionText, List<NonDisclosureGround> grounds, LocalDate objectionDeadline,
                              boolean mayObject, ObjectionView objection, String openQuestion, String assigneeName,
                              List<StepView> steps, ReleaseView release, FeeView fee)
            implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return requesterId;
        }

        /** The requester's own view: the third party concerned is named to officers only. */
        public RequestView forRequester() {
            ReleaseView x = release;
            return new RequestView(number, requesterId, subject, description, form, delivery, feeWaiverReason,
                    subjectPrivate, place, status, receivedAt, receivedOn, dueOn, extended, stoppedDays, overdueOn,
                    overdueSince, late, decision, decidedOn, decidedLate, decisionText, grounds, objectionDeadline,
                    mayObject, objection, openQuestion, assigneeName, steps,
                    new ReleaseView(null, x.thirdPartyNotifiedOn(), x.thirdPartyDeadline(), x.thirdPartyObjectedOn(),
                            x.releaseOn(), x.releasedOn(), x.publicationId(), x.privately(), x.withheld(), x.releasable(),
                            x.heldForFee(), x.awaitingPublication(), x.requesterFile()), fee);
        }

        public boolean awaitingClarification() {
            return status == RequestStatus.AWAITING_CLARIFICATION;
        }

        static RequestView of(DisclosureRequest r, Place place, LocalDate today) {
            return of(r, place, today, null);
        }

        /** With the payment order of an outstanding or paid fee, as the payment port reports it. */
        static RequestView of(DisclosureRequest r, Place place, LocalDate today, FeeOrder order) {
            String question = r.getStatus() != RequestStatus.AWAITING_CLARIFICATION ? null : r.getSteps().stream()
                    .filter(s -> s.getKind() == RequestStep.Kind.CLARIFICATION_ASKED).reduce((a, b) -> b)
                    .map(RequestStep::getNote).orElse(null);
            return new RequestView(r.getNumberText(), r.getRequesterId(), r.getDetails().getSubject(),
                    r.getDetails().getDescription(), r.getDetails().getForm(), r.getDetails().getDelivery(),
                    r.getDetails().getFeeWaiverReason(), r.getDetails().isSubjectPrivate(), place, r.getStatus(),
                    r.getReceivedAt(), r.getReceivedOn(), r.getDueOn(), r.isExtended(), r.getStoppedDays(),
                    r.getOverdueOn(), r.getOverdueSince(), r.isLate(today), r.getDecision(), r.getDecidedOn(),
                    r.isDecidedLate(), r.getDecisionText(), List.copyOf(r.getGrounds()), r.getObjectionDeadline(),
                    r.mayObject(today), ObjectionView.of(r.getObjection()), question, r.getAssigneeName(),
                    r.getSteps().stream().map(StepView::of).toList(), ReleaseView.of(r, today), FeeView.of(r.getFee(), order));
        }
    }

    /** The third party's say and the release (the third party's name is for officers' pages only). */
    public record ReleaseView(String thirdParty, LocalDate thirdPartyNotifiedOn, LocalDate thirdPartyDeadline,
                              LocalDate thirdPartyObjectedOn, LocalDate releaseOn, LocalDate releasedOn,
                              Long publicationId, boolean privately, List<NonDisclosureGround> withheld,
                              boolean releasable, boolean heldForFee, boolean awaitingPublication,
                              boolean requesterFile)
            implements Serializable {
        static ReleaseView of(DisclosureRequest r, LocalDate today) {
            var x = r.getRelease();
            boolean releasable = r.getStatus() == RequestStatus.DECIDED && r.getDecision().releases()
                    && x.getPublicationId() == null && !x.isReleasedPrivately() && x.getReleaseOn() != null
                    && !today.isBefore(x.getReleaseOn());
            return new ReleaseView(x.getThirdParty(), x.getThirdPartyNotifiedOn(), x.getThirdPartyDeadline(),
                    x.getThirdPartyObjectedOn(), x.getReleaseOn(), x.getReleasedOn(), x.getPublicationId(),
                    x.isReleasedPrivately(), x.getWithheldGrounds(), releasable, x.isHeldForFee(),
                    x.isAwaitingPublication(), x.getPrivateFile().isPresent());
        }

        public boolean waiting() {
            return releaseOn != null && publicationId == null && !privately && !releasable && !awaitingPublication;
        }
    }

    /**
     * The fee of a decision that released something, line by line, the answer to a reduction claim,
     * and how to pay it (the payment order) while it is owed.
     */
    public record FeeView(boolean assessed, List<FeeLine> lines, BigDecimal amount, BigDecimal postage,
                          BigDecimal total, WaiverAnswer waiver, String waiverReason, String reference,
                          LocalDate paidOn, boolean outstanding, FeeOrder order) implements Serializable {
        static FeeView of(Fee f, FeeOrder order) {
            return new FeeView(f.isAssessed(), List.copyOf(f.getLines()), f.getAmount(), f.getPostage(), f.getTotal(),
                    f.getWaiver(), f.getWaiverReason(), f.getReference(), f.getPaidOn(), f.isOutstanding(), order);
        }

        public boolean free() {
            return assessed && total.signum() == 0;
        }
    }

    /** What an officer of the department sees: the request, the requester's name, what they may do. */
    public record CaseView(RequestView request, String requesterName, boolean mayClaim, boolean mayAct,
                           boolean supervisor, Actions actions) implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return request.requesterId();
        }
    }

    /** The commands the request allows this officer now, as the aggregate decides (the page shows only these). */
    public record Actions(boolean decide, boolean extend, boolean transfer, boolean notifyThirdParty,
                          boolean recordPayment) implements Serializable {
        static Actions of(DisclosureRequest r, boolean handler, LocalDate today) {
            return new Actions(handler && r.getStatus().decidable(), handler && r.extendable(today),
                    r.transferable(handler), handler && r.getStatus().inReview(),
                    r.getFee().isOutstanding() && r.getFee().getReference() != null);
        }
    }

    /** A business the caller may ask in the name of (an approved mandate). */
    public record Business(long id, String name) implements Serializable {
    }

    /** A department a request may be sent to (filing) or transferred to. */
    public record Target(long departmentId, String agencyKo, String agencyEn, String departmentKo,
                         String departmentEn) implements Serializable {
    }
}
