package org.madang.disclosure.request.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.disclosure.request.application.RequestViews.CaseView;
import org.madang.disclosure.request.application.RequestViews.RequestSummary;
import org.madang.disclosure.request.application.RequestViews.RequestView;
import org.madang.disclosure.request.application.RequestViews.Target;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.FeeComputation;
import org.madang.disclosure.request.domain.FeeInput;
import org.madang.disclosure.request.domain.FeeOrder;
import org.madang.disclosure.request.domain.FeePayments;
import org.madang.disclosure.request.domain.WaiverAnswer;
import org.madang.disclosure.request.infrastructure.FeeScheduleRepository;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.ObjectionOutcome;
import org.madang.disclosure.request.domain.RequestDetails;
import org.madang.disclosure.request.domain.RequestOfficer;
import org.madang.disclosure.request.infrastructure.DisclosureRequestRepository;
import org.madang.identity.application.Views;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.privacy.PurposeReference;
import org.madang.platform.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The department's disclosure queue (정보공개 처리): its requests and pending objections, the most
 * urgent first, and every action on them. An officer acts only on requests of their own
 * department (another department's answer 403); decisions belong to the officer who claimed the
 * request or to the department's supervisor. Opening a request is written to the requester's
 * personal-data access log; every action is audited and tells the requester.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class DisclosureQueue {
    static final int QUEUE_SIZE = 300;

    @Inject
    jakarta.enterprise.event.Event<DisclosureDecided> decided;
    @Inject
    DisclosureRequestRepository requests;
    @Inject
    RequestOfficers officers;
    @Inject
    RequestCalendar calendar;
    @Inject
    RequestPlaces places;
    @Inject
    RequestNotices notices;
    @Inject
    RequestStatistics statistics;
    @Inject
    FeeScheduleRepository feeSchedule;
    @Inject
    FeePayments payments;
    @Inject
    ReleasePublication publication;

    /** Names no requester. */
    public List<RequestSummary> queue() {
        RequestOfficer me = officers.me();
        LocalDate today = calendar.today();
        Map<Long, Views.DepartmentView> all = places.all();
        RequestViews.Place here = RequestViews.Place.of(me.departmentId(), all.get(me.departmentId()));
        return requests.queue(me.departmentId(), QUEUE_SIZE).stream()
                .map(r -> RequestSummary.of(r, here, today)).toList();
    }

    @PersonalDataAccess(purpose = "disclosure.request.purpose", fields = {"name", "request"})
    public CaseView open(@PurposeReference @NotBlank String number) {
        RequestOfficer me = officers.me();
        DisclosureRequest r = requests.get(number);
        r.requireDepartment(me);
        LocalDate today = calendar.today();
        RequestView v = RequestView.of(r, places.place(r.getDepartmentId()), today, order(r));
        boolean handler = me.supervisor() || (r.getAssigneeId() != null && r.getAssigneeId() == me.accountId());
        return new CaseView(v, r.getRequesterName(), r.getStatus().claimable(), handler, me.supervisor(),
                RequestViews.Actions.of(r, handler, today));
    }

    @Audited("disclosureRequest.claim")
    public void claim(@AuditTarget("disclosureRequest") @NotBlank String number) {
        RequestOfficer me = officers.me();
        DisclosureRequest r = requests.get(number);
        r.claim(me, calendar.now());
        statistics.record(r);
        notices.tell(r, "claimed", me.name());
    }

    @Audited("disclosureRequest.askClarification")
    public void askClarification(@AuditTarget("disclosureRequest") @NotBlank String number,
                                 @Size(max = RequestDetails.TEXT_MAX) String question) {
        DisclosureRequest r = requests.get(number);
        r.askClarification(officers.me(), question, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "clarificationAsked", question.strip());
    }

    /** Sends the request to a department of the agency that holds the information. */
    @Audited("disclosureRequest.transfer")
    public void transfer(@AuditTarget("disclosureRequest") @NotBlank String number, long departmentId,
                         @Size(max = RequestDetails.TEXT_MAX) String reason) {
        RequestOfficer me = officers.me();
        Views.DepartmentView to = places.department(departmentId).orElseThrow(
                () -> new InvalidInput("disclosure.request.transfer.unknownDepartment").onField("transferDepartment"));
        DisclosureRequest r = requests.get(number);
        r.transfer(me, departmentId, reason, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "transferred", to.agencyNameKo() + " " + to.nameKo(), to.agencyNameEn() + ", " + to.nameEn(),
                r.getDueOn().toString());
    }

    @Audited("disclosureRequest.extend")
    public void extend(@AuditTarget("disclosureRequest") @NotBlank String number,
                       @Size(max = RequestDetails.TEXT_MAX) String reason) {
        DisclosureRequest r = requests.get(number);
        r.extend(officers.me(), reason, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "extended", r.getDueOn().toString(), reason.strip());
    }

    /** A decision with nothing chargeable entered (and no reduction claim to answer). */
    @Audited("disclosureRequest.decide")
    public void decide(@AuditTarget("disclosureRequest") @NotBlank String number, DecisionKind kind,
                       Set<NonDisclosureGround> grounds, @Size(max = RequestDetails.TEXT_MAX) String text) {
        decide(number, kind, grounds, text, FeeInput.NONE);
    }

    /**
     * The fee a disclosure would cost with these quantities, line by line, as the officer sees it
     * before confirming the decision (nothing is saved); the first wrong input is refused with its
     * field's message.
     */
    public FeeComputation previewFee(@NotBlank String number, @NotNull FeeInput fee) {
        DisclosureRequest r = requests.get(number);
        r.requireDepartment(officers.me());
        return feeSchedule.schedule().compute(r.getDetails(), fee);
    }

    /**
     * Decides. A decision that releases something charges the fee computed from the officer's
     * quantities and answers any reduction claim; when something is owed, a payment order is
     * opened through the payment port and the requester is told how much and how to pay.
     */
    @Audited("disclosureRequest.decide")
    public void decide(@AuditTarget("disclosureRequest") @NotBlank String number, DecisionKind kind,
                       Set<NonDisclosureGround> grounds, @Size(max = RequestDetails.TEXT_MAX) String text,
                       @NotNull FeeInput fee) {
        DisclosureRequest r = requests.get(number);
        FeeComputation charged = kind != null && kind.releases()
                ? feeSchedule.schedule().compute(r.getDetails(), fee) : null;
        r.decide(officers.me(), kind, grounds == null ? Set.of() : EnumSet.copyOf(nonEmpty(grounds)), text,
                charged, calendar.calendar(), calendar.now());
        if (charged != null && !charged.free()) {
            FeeOrder order = payments.open(r.getNumber(), charged.totalAmount(), calendar.now());
            r.feeOrdered(order.reference());
        }
        statistics.record(r);
        notices.tell(r, "decided." + kind.name(), r.getObjectionDeadline() == null ? "" : r.getObjectionDeadline().toString(),
                r.getRelease().getReleaseOn() == null ? "" : r.getRelease().getReleaseOn().toString());
        decided.fire(new DisclosureDecided(r.getId(), r.getNumberText(), r.getRequesterId(), r.getDepartmentId(),
                kind.name(), calendar.now()));
        if (r.getFee().getWaiver() == WaiverAnswer.REFUSED) {
            notices.tell(r, "feeWaiverRefused", r.getFee().getWaiverReason());
        }
        if (r.getFee().isOutstanding()) {
            notices.tell(r, "feeDue", r.getFee().getTotal().toPlainString(), r.getFee().getReference());
        }
    }

    /**
     * Records the fee's payment as the bank statement or the counter receipt shows it (the payment
     * port checks the amount and the date). The requester's file is theirs from now on; a release
     * that waited for the fee is published into /open/ now. Any officer of the department may record it.
     */
    @Audited("disclosureRequest.recordFeePayment")
    public void recordFeePayment(@AuditTarget("disclosureRequest") @NotBlank String number, @NotNull BigDecimal amount,
                                 @NotNull LocalDate paidOn, @NotBlank @Size(max = 60) String receipt) {
        RequestOfficer me = officers.me();
        DisclosureRequest r = requests.get(number);
        r.requireDepartment(me);
        if (!r.getFee().isOutstanding() || r.getFee().getReference() == null) {
            throw new InvalidInput("disclosure.fee.payment.none").onField("paymentAmount");
        }
        payments.record(r.getFee().getReference(), amount, paidOn, receipt, me, calendar.now());
        if (r.feePaid(me, paidOn, calendar.now())) {
            r.publishedAfterFee(publication.publishWaiting(r));
        }
        statistics.record(r);
        notices.tell(r, "feePaid", r.getFee().getReference());
    }

    private FeeOrder order(DisclosureRequest r) {
        String ref = r.getFee().getReference();
        return ref == null ? null : payments.find(ref).orElse(null);
    }

    /** The information concerns someone else: they are told (outside the portal) and have 3 days. */
    @Audited("disclosureRequest.notifyThirdParty")
    public void notifyThirdParty(@AuditTarget("disclosureRequest") @NotBlank String number,
                                 @Size(max = RequestDetails.SUBJECT_MAX) String who) {
        DisclosureRequest r = requests.get(number);
        r.notifyThirdParty(officers.me(), who, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "thirdPartyNotified", r.getRelease().getThirdPartyDeadline().toString());
    }

    /** Records that the third party asked for non-disclosure within its 3 days. */
    @Audited("disclosureRequest.thirdPartyObjected")
    public void recordThirdPartyObjection(@AuditTarget("disclosureRequest") @NotBlank String number) {
        DisclosureRequest r = requests.get(number);
        r.recordThirdPartyObjection(officers.me(), calendar.calendar(), calendar.now());
        statistics.record(r);
    }

    @Audited("disclosureRequest.extendObjection")
    public void extendObjection(@AuditTarget("disclosureRequest") @NotBlank String number,
                                @Size(max = RequestDetails.TEXT_MAX) String reason) {
        DisclosureRequest r = requests.get(number);
        r.extendObjection(officers.me(), reason, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "objectionExtended", r.getObjection().getDueOn().toString(), reason.strip());
    }

    @Audited("disclosureRequest.decideObjection")
    public void decideObjection(@AuditTarget("disclosureRequest") @NotBlank String number, ObjectionOutcome outcome,
                                @Size(max = RequestDetails.TEXT_MAX) String text) {
        DisclosureRequest r = requests.get(number);
        r.decideObjection(officers.me(), outcome, text, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "objectionDecided." + outcome.name());
    }

    /** Departments a request may be transferred to: all but the caller's own. */
    public List<Target> transferTargets() {
        long mine = officers.me().departmentId();
        return places.targets().stream().filter(t -> t.departmentId() != mine).toList();
    }

    private static Set<NonDisclosureGround> nonEmpty(Set<NonDisclosureGround> g) {
        return g.isEmpty() ? EnumSet.noneOf(NonDisclosureGround.class) : g;
    }
}
