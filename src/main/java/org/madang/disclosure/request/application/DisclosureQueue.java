package org.madang.disclosure.request.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.madang.disclosure.request.application.RequestViews.CaseView;
import org.madang.disclosure.request.application.RequestViews.RequestSummary;
import org.madang.disclosure.request.application.RequestViews.RequestView;
import org.madang.disclosure.request.application.RequestViews.Target;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.DisclosureRequest;
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
        RequestView v = RequestView.of(r, places.place(r.getDepartmentId()), today);
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

    @Audited("disclosureRequest.decide")
    public void decide(@AuditTarget("disclosureRequest") @NotBlank String number, DecisionKind kind,
                       Set<NonDisclosureGround> grounds, @Size(max = RequestDetails.TEXT_MAX) String text) {
        DisclosureRequest r = requests.get(number);
        r.decide(officers.me(), kind, grounds == null ? Set.of() : EnumSet.copyOf(nonEmpty(grounds)), text,
                calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "decided." + kind.name(), r.getObjectionDeadline() == null ? "" : r.getObjectionDeadline().toString(),
                r.getRelease().getReleaseOn() == null ? "" : r.getRelease().getReleaseOn().toString());
        decided.fire(new DisclosureDecided(r.getId(), r.getNumberText(), r.getRequesterId(), r.getDepartmentId(),
                kind.name(), calendar.now()));
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
