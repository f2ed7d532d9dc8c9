package org.madang.disclosure.request.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.madang.disclosure.request.domain.RequestStep.Kind;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.madang.disclosure.request.domain.RequestStatus.*;

/**
 * An information-disclosure request (정보공개 청구) from receipt to decision and objection. Every
 * command checks the status it may run in and who may run it, records a step and recounts the due
 * dates with {@link DisclosureCalendar} (whose class comment is the counting rule).
 *
 * <p>Indexed for the public log's search with the public fields only: the subject unless the
 * requester kept it private, the department, status, decision and its text, by the Korean analyser
 * and as CJK bigrams; never the requester. The application services have it reindexed after each
 * command, within its transaction.
 */
@Entity
@Table(name = "disclosure_request")
@Indexed(index = "disclosure_request")
public class DisclosureRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "rid", sortable = Sortable.YES)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false, unique = true, length = 20)
    private String number;
    @Column(name = "requester_id", nullable = false)
    private long requesterId;
    /** The requester's name as officers see it; never shown publicly. */
    @Column(name = "requester_name", nullable = false, length = 100)
    private String requesterName;
    @Column(name = "business_id")
    private Long businessId;
    @Embedded
    private RequestDetails details;
    @Column(name = "department_id", nullable = false)
    @GenericField(name = "department")
    private long departmentId;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "assignee_name", length = 100)
    private String assigneeName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(name = "status")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private RequestStatus status;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    /** Receipt date at the department holding it (the transfer date after a transfer). */
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Column(name = "stopped_days", nullable = false)
    private int stoppedDays;
    @Column(name = "clarification_asked_on")
    private LocalDate clarificationAskedOn;
    @Column(nullable = false)
    private boolean extended;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "overdue_on", nullable = false)
    private LocalDate overdueOn;
    /** Set by the daily sweep on the overdue day (or later); stays set after a late decision. */
    @Column(name = "overdue_since")
    private LocalDate overdueSince;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    @KeywordField(name = "decision")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private DecisionKind decision;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_late")
    private Boolean decidedLate;
    @Column(name = "decision_text", length = 4000)
    @FullTextField(name = "decision_text", analyzer = "korean")
    @FullTextField(name = "decision_text_bigram", analyzer = "cjk")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private String decisionText;
    // read for a whole page of the public log at once, not one select per request
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "disclosure_request_ground", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "ground", nullable = false)
    private Set<Integer> grounds = new TreeSet<>();
    @Column(name = "objection_deadline")
    private LocalDate objectionDeadline;
    @Embedded
    private Objection objection;
    @Embedded
    private Release release;
    @Embedded
    private Fee fee;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("id")
    private List<RequestStep> steps = new ArrayList<>();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** Where and how this request was last counted in the statistics (null: not yet). */
    @Transient
    private Long countedDepartment;
    @Transient
    private RequestShare countedShare;

    protected DisclosureRequest() {
    }

    public DisclosureRequest(RequestNumber number, long requesterId, String requesterName, Long businessId,
                             long departmentId, RequestDetails details, DisclosureCalendar calendar, Instant now) {
        this.number = number.toString();
        this.requesterId = requesterId;
        this.requesterName = Objects.requireNonNull(requesterName);
        this.businessId = businessId;
        this.departmentId = departmentId;
        this.details = Objects.requireNonNull(details);
        this.status = RECEIVED;
        // both hold not-null columns (booleans), so Hibernate needs them present from the start
        this.release = new Release();
        this.fee = new Fee();
        this.receivedAt = now;
        this.receivedOn = calendar.dateOf(now);
        recount(calendar);
        step(Kind.RECEIVED, null, null, now);
    }

    // ---- the department's commands --------------------------------------------------------------

    public void claim(RequestOfficer officer, Instant now) {
        requireDepartment(officer);
        status.requireOneOf(RECEIVED);
        assigneeId = officer.accountId();
        assigneeName = officer.name();
        status = UNDER_REVIEW;
        step(Kind.CLAIMED, officer, null, now);
    }

    /** Asks the requester to make the request clear; the clock stops until they answer. */
    public void askClarification(RequestOfficer officer, String question, DisclosureCalendar calendar, Instant now) {
        requireHandler(officer);
        status.requireOneOf(UNDER_REVIEW);
        String q = RequestDetails.required(question, RequestDetails.TEXT_MAX, "clarification");
        clarificationAskedOn = calendar.dateOf(now);
        status = AWAITING_CLARIFICATION;
        step(Kind.CLARIFICATION_ASKED, officer, q, now);
    }

    /** Sends the request to the agency that holds the information; its clock starts afresh today. */
    public void transfer(RequestOfficer officer, long toDepartment, String reason, DisclosureCalendar calendar,
                         Instant now) {
        requireDepartment(officer);
        status.requireOneOf(RECEIVED, UNDER_REVIEW);
        if (status == UNDER_REVIEW) {
            requireHandler(officer);
        }
        if (toDepartment == departmentId) {
            throw new InvalidInput("disclosure.request.transfer.sameDepartment").onField("transferDepartment");
        }
        String r = RequestDetails.required(reason, RequestDetails.TEXT_MAX, "reason");
        departmentId = toDepartment;
        assigneeId = null;
        assigneeName = null;
        status = RECEIVED;
        receivedOn = calendar.dateOf(now);
        stoppedDays = 0;
        extended = false;
        overdueSince = null;
        objectionDeadline = null;
        recount(calendar);
        step(Kind.TRANSFERRED, officer, r, now);
    }

    /** Whether {@link #extend} is still possible on {@code today} (the officer's page offers it only then). */
    public boolean extendable(LocalDate today) {
        return status.inReview() && !extended && !today.isAfter(dueOn);
    }

    /** Whether {@link #transfer} is open to an officer of the department (the handler, once it is taken). */
    public boolean transferable(boolean handler) {
        return status.claimable() || (handler && status.decidable());
    }

    /** The one extension by 10 days, with its reason, made before the decision period has ended. */
    public void extend(RequestOfficer officer, String reason, DisclosureCalendar calendar, Instant now) {
        requireHandler(officer);
        status.requireOneOf(UNDER_REVIEW, AWAITING_CLARIFICATION);
        if (extended) {
            throw new Conflict("disclosure.request.extend.already");
        }
        if (calendar.dateOf(now).isAfter(dueOn)) {
            throw new Conflict("disclosure.request.extend.tooLate");
        }
        String r = RequestDetails.required(reason, RequestDetails.TEXT_MAX, "reason");
        extended = true;
        recount(calendar);
        step(Kind.EXTENDED, officer, r, now);
    }

    /** Decides with nothing chargeable (a release then costs nothing). */
    public void decide(RequestOfficer officer, DecisionKind kind, Set<NonDisclosureGround> reasons, String text,
                       DisclosureCalendar calendar, Instant now) {
        decide(officer, kind, reasons, text, kind != null && kind.releases() ? FeeComputation.NOTHING : null,
                calendar, now);
    }

    /**
     * Decides; partial and non-disclosure name at least one ground of art. 9(1), the others none. A
     * decision that releases something carries its fee, computed by {@link FeeSchedule} (zero when
     * nothing is chargeable); the others carry none.
     */
    public void decide(RequestOfficer officer, DecisionKind kind, Set<NonDisclosureGround> reasons, String text,
                       FeeComputation charged, DisclosureCalendar calendar, Instant now) {
        requireHandler(officer);
        status.requireOneOf(UNDER_REVIEW);
        if (kind == null) {
            throw new InvalidInput("disclosure.request.decision.required").onField("decision");
        }
        Set<NonDisclosureGround> g = reasons == null ? Set.of() : reasons;
        if (kind.needsGrounds() && g.isEmpty()) {
            throw new InvalidInput("disclosure.request.ground.required").onField("grounds");
        }
        if (!kind.needsGrounds() && !g.isEmpty()) {
            throw new InvalidInput("disclosure.request.ground.notApplicable").onField("grounds");
        }
        String t = RequestDetails.required(text, RequestDetails.TEXT_MAX, "decisionText");
        if (kind.releases() != (charged != null)) {
            throw new IllegalArgumentException("a fee goes with a decision that releases, and only with it");
        }
        if (charged != null && details.isFeeWaiverClaimed() != (charged.waiver() != null)) {
            throw new InvalidInput(details.isFeeWaiverClaimed() ? "disclosure.fee.waiver.answerRequired"
                    : "disclosure.fee.waiver.notClaimed").onField("feeWaiver");
        }
        LocalDate today = calendar.dateOf(now);
        if (charged != null) {
            fee().assess(charged);
        }
        decision = kind;
        decisionText = t;
        decidedOn = today;
        decidedLate = today.isAfter(dueOn);
        grounds.clear();
        g.forEach(x -> grounds.add(x.number()));
        objectionDeadline = kind == DecisionKind.DISCLOSURE ? null : calendar.objectionDeadlineAfterDecision(today);
        if (kind.releases()) {
            release().decided(today, calendar);
        }
        status = DECIDED;
        step(Kind.DECIDED, officer, t, now);
    }

    public void extendObjection(RequestOfficer officer, String reason, DisclosureCalendar calendar, Instant now) {
        requireDepartment(officer);
        if (objection == null) {
            throw new Conflict("disclosure.request.objection.notPending");
        }
        String r = RequestDetails.required(reason, RequestDetails.TEXT_MAX, "reason");
        objection.extend(calendar.dateOf(now), calendar);
        step(Kind.OBJECTION_EXTENDED, officer, r, now).due(objection.getDueOn());
    }

    public void decideObjection(RequestOfficer officer, ObjectionOutcome outcome, String text,
                                DisclosureCalendar calendar, Instant now) {
        requireDepartment(officer);
        if (objection == null) {
            throw new Conflict("disclosure.request.objection.notPending");
        }
        if (outcome == null) {
            throw new InvalidInput("disclosure.request.objection.outcome.required").onField("outcome");
        }
        String t = RequestDetails.required(text, RequestDetails.TEXT_MAX, "decisionText");
        objection.decide(outcome, t, calendar.dateOf(now));
        step(Kind.OBJECTION_DECIDED, officer, t, now);
    }

    /** The information concerns a third party, who is told and has 3 days to ask for non-disclosure. */
    public void notifyThirdParty(RequestOfficer officer, String who, DisclosureCalendar calendar, Instant now) {
        requireHandler(officer);
        status.requireOneOf(UNDER_REVIEW, AWAITING_CLARIFICATION);
        String w = RequestDetails.required(who, RequestDetails.SUBJECT_MAX, "thirdParty");
        release().thirdPartyNotified(w, calendar.dateOf(now), calendar);
        step(Kind.THIRD_PARTY_NOTIFIED, officer, null, now).due(release().getThirdPartyDeadline());
    }

    /** The third party's request for non-disclosure, as the agency received it, within its 3 days. */
    public void recordThirdPartyObjection(RequestOfficer officer, DisclosureCalendar calendar, Instant now) {
        requireHandler(officer);
        status.requireOneOf(UNDER_REVIEW, AWAITING_CLARIFICATION);
        release().thirdPartyObjected(calendar.dateOf(now));
        step(Kind.THIRD_PARTY_OBJECTED, officer, null, now);
    }

    /**
     * The released file is out: published as {@code publicationId}, with the grounds of the parts
     * withheld from it (one per part, in order). Not before the release date of a disclosure made
     * against a third party's wish; a partial disclosure withholds at least one part.
     */
    public void released(RequestOfficer officer, long publicationId, List<NonDisclosureGround> withheldParts,
                         DisclosureCalendar calendar, Instant now) {
        checkRelease(officer, withheldParts, calendar, now);
        if (fee().isOutstanding()) {
            throw new Conflict("disclosure.fee.outstandingRelease");
        }
        release().released(publicationId, withheldParts, calendar.dateOf(now));
        step(Kind.RELEASED, officer, null, now);
    }

    /**
     * The released file goes to the requester alone: the information is their own personal data
     * (disclosure to the person concerned), so it is never published; the public log says only
     * that it was released privately.
     */
    public void releasedPrivately(RequestOfficer officer, Release.PrivateFile file, List<NonDisclosureGround> withheldParts,
                                  DisclosureCalendar calendar, Instant now) {
        checkRelease(officer, withheldParts, calendar, now);
        release().releasedPrivately(file, withheldParts, calendar.dateOf(now), fee().isOutstanding(), false);
        step(Kind.RELEASED, officer, null, now);
    }

    /**
     * A release to be published while the fee is still owed: the file waits, kept like a private
     * release and refused to everyone, until the payment is recorded; then it is published
     * ({@link #publishedAfterFee}).
     */
    public void releasedAwaitingFee(RequestOfficer officer, Release.PrivateFile file,
                                    List<NonDisclosureGround> withheldParts, DisclosureCalendar calendar, Instant now) {
        checkRelease(officer, withheldParts, calendar, now);
        if (!fee().isOutstanding()) {
            throw new Conflict("disclosure.fee.notOutstanding");
        }
        release().releasedPrivately(file, withheldParts, calendar.dateOf(now), true, true);
        step(Kind.RELEASED, officer, null, now);
    }

    /** The payment order for the fee is open under this reference (the requester is told to pay). */
    public void feeOrdered(String paymentReference) {
        fee().ordered(paymentReference);
    }

    /**
     * The fee's payment, as an officer of the department recorded it. Returns true when a release
     * was waiting for it to be published (the caller publishes it and calls {@link #publishedAfterFee}).
     */
    public boolean feePaid(RequestOfficer officer, LocalDate paidOn, Instant now) {
        requireDepartment(officer);
        fee().paid(paidOn);
        step(Kind.FEE_PAID, officer, null, now);
        return release().feePaid();
    }

    public void publishedAfterFee(long publicationId) {
        release().publishedAfterFee(publicationId);
    }

    /**
     * The released file kept for the requester (their own data, or a release waiting for the fee):
     * refused while the fee is owed, empty when there is none.
     */
    public java.util.Optional<Release.PrivateFile> requesterFile() {
        if (release().isHeldForFee()) {
            throw new FeeOutstanding(fee().getReference());
        }
        return release().getPrivateFile();
    }

    /** Whether {@link #released} would be accepted now, checked before the file is published. */
    public void checkRelease(RequestOfficer officer, List<NonDisclosureGround> withheldParts,
                             DisclosureCalendar calendar, Instant now) {
        requireHandler(officer);
        status.requireOneOf(DECIDED);
        if (!decision.releases()) {
            throw new Conflict("disclosure.request.release.nothing");
        }
        if (decision == DecisionKind.PARTIAL_DISCLOSURE && withheldParts.isEmpty()) {
            throw new InvalidInput("disclosure.request.withheld.required").onField("withheld1");
        }
        if (decision == DecisionKind.DISCLOSURE && !withheldParts.isEmpty()) {
            throw new InvalidInput("disclosure.request.withheld.notApplicable").onField("withheld1");
        }
        for (NonDisclosureGround g : withheldParts) {
            if (!grounds.contains(g.number())) {
                throw new InvalidInput("disclosure.request.withheld.groundNotDecided", g.number()).onField("withheld1");
            }
        }
        release().checkReleasable(calendar.dateOf(now));
    }

    // ---- the portal's and the requester's commands ----------------------------------------------

    /**
     * The daily sweep: an undecided request whose overdue day has come is marked overdue once (and
     * the requester may object from then). Returns false when there was nothing to do, so a second
     * run the same day changes nothing.
     */
    public boolean markOverdue(DisclosureCalendar calendar, Instant now) {
        if (!status.isOpen() || overdueSince != null || calendar.dateOf(now).isBefore(overdueOn)) {
            return false;
        }
        overdueSince = calendar.dateOf(now);
        objectionDeadline = calendar.objectionDeadlineWhenOverdue(overdueOn);
        step(Kind.OVERDUE, null, null, now);
        return true;
    }

    public void answerClarification(long caller, String answer, DisclosureCalendar calendar, Instant now) {
        requireRequester(caller);
        status.requireOneOf(AWAITING_CLARIFICATION);
        String a = RequestDetails.required(answer, RequestDetails.TEXT_MAX, "clarificationAnswer");
        stoppedDays += DisclosureCalendar.daysBetween(clarificationAskedOn, calendar.dateOf(now));
        clarificationAskedOn = null;
        status = UNDER_REVIEW;
        recount(calendar);
        step(Kind.CLARIFICATION_ANSWERED, null, a, now);
    }

    /** Against a decision other than full disclosure, or an overdue request, within the window; once. */
    public void object(long caller, String reason, DisclosureCalendar calendar, Instant now) {
        requireRequester(caller);
        boolean decidedAgainst = status == DECIDED && decision != DecisionKind.DISCLOSURE;
        boolean overdue = status.isOpen() && overdueSince != null;
        if (!decidedAgainst && !overdue) {
            throw new Conflict("disclosure.request.objection.notAllowed");
        }
        if (objection != null) {
            throw new Conflict("disclosure.request.objection.already");
        }
        LocalDate today = calendar.dateOf(now);
        if (today.isAfter(objectionDeadline)) {
            throw new Conflict("disclosure.request.objection.windowClosed", objectionDeadline.toString());
        }
        String r = RequestDetails.required(reason, RequestDetails.TEXT_MAX, "objectionReason");
        objection = Objection.filed(r, today, calendar);
        step(Kind.OBJECTED, null, r, now).due(objection.getDueOn());
    }

    // ---- the search index (public fields only) --------------------------------------------------

    /** The subject as the public log shows it: none when the requester kept it private. */
    @FullTextField(name = "subject", analyzer = "korean")
    @FullTextField(name = "subject_bigram", analyzer = "cjk")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getPublicSubject() {
        return details.isSubjectPrivate() ? null : details.getSubject();
    }

    @GenericField(name = "overdue")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public boolean isOverdueIndexed() {
        return isOverdueNow();
    }

    // ---- the statistics ---------------------------------------------------------------------------

    /** As loaded, the request is counted as it stands in the database. */
    @PostLoad
    void counted() {
        countedDepartment = departmentId;
        countedShare = share();
    }

    public RequestShare share() {
        return RequestShare.of(status, decision, isDecidedLate(), overdueSince != null, objection != null,
                objection == null ? null : objection.getOutcome());
    }

    /**
     * The change to the statistics since the request was loaded or last recounted (its whole share
     * when new), by department; from now on it counts as it is.
     */
    public Map<Long, RequestShare> recount() {
        RequestShare now = share();
        Map<Long, RequestShare> delta = RequestShare.change(countedDepartment,
                countedShare == null ? RequestShare.NONE : countedShare, departmentId, now);
        countedDepartment = departmentId;
        countedShare = now;
        return delta;
    }

    // ---- guards and reading ---------------------------------------------------------------------

    /** Someone else's request looks exactly like one that does not exist. */
    public void requireRequester(long caller) {
        if (requesterId != caller) {
            throw new NotFound("disclosure.request.notFound");
        }
    }

    public void requireDepartment(RequestOfficer officer) {
        if (officer.departmentId() != departmentId) {
            throw new Forbidden("disclosure.request.otherDepartment");
        }
    }

    /** Decisions belong to the officer holding the request, or to the department's supervisor. */
    private void requireHandler(RequestOfficer officer) {
        requireDepartment(officer);
        if (!officer.supervisor() && !Objects.equals(assigneeId, officer.accountId())) {
            throw new Forbidden("disclosure.request.notAssigned");
        }
    }

    /** Never null: a request not yet charged has an unassessed fee. */
    private Fee fee() {
        if (fee == null) {
            fee = new Fee();
        }
        return fee;
    }

    /** Hibernate loads an embeddable whose columns are all null as null. */
    private Release release() {
        if (release == null) {
            release = new Release();
        }
        return release;
    }

    private void recount(DisclosureCalendar calendar) {
        LocalDate due = calendar.decisionDue(receivedOn, stoppedDays);
        dueOn = extended ? calendar.extendedDue(due) : due;
        overdueOn = calendar.overdueOn(receivedOn, stoppedDays, dueOn);
    }

    private RequestStep step(Kind kind, RequestOfficer officer, String note, Instant now) {
        RequestStep s = new RequestStep(kind, now, departmentId, officer == null ? null : officer.name(), note, dueOn);
        steps.add(s);
        updatedAt = now;
        return s;
    }

    /** Open, not yet overdue, and its decision due date passed: late but within the 20 days. */
    public boolean isLate(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }

    /** Overdue and undecided (the sweep has told the requester). */
    public boolean isOverdueNow() {
        return status.isOpen() && overdueSince != null;
    }

    public boolean mayObject(LocalDate today) {
        return objection == null && objectionDeadline != null && !today.isAfter(objectionDeadline)
                && ((status == DECIDED && decision != DecisionKind.DISCLOSURE) || isOverdueNow());
    }

    public Set<NonDisclosureGround> getGrounds() {
        Set<NonDisclosureGround> out = new java.util.TreeSet<>();
        grounds.forEach(n -> NonDisclosureGround.of(n).ifPresent(out::add));
        return Collections.unmodifiableSet(out);
    }

    public Long getId() { return id; }
    public RequestNumber getNumber() { return RequestNumber.parse(number); }
    public String getNumberText() { return number; }
    public long getRequesterId() { return requesterId; }
    public String getRequesterName() { return requesterName; }
    public Long getBusinessId() { return businessId; }
    public RequestDetails getDetails() { return details; }
    public long getDepartmentId() { return departmentId; }
    public Long getAssigneeId() { return assigneeId; }
    public String getAssigneeName() { return assigneeName; }
    public RequestStatus getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public int getStoppedDays() { return stoppedDays; }
    public boolean isExtended() { return extended; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getOverdueOn() { return overdueOn; }
    public LocalDate getOverdueSince() { return overdueSince; }
    public DecisionKind getDecision() { return decision; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public boolean isDecidedLate() { return Boolean.TRUE.equals(decidedLate); }
    public String getDecisionText() { return decisionText; }
    public LocalDate getObjectionDeadline() { return objectionDeadline; }
    /** Null until objected (Hibernate loads an embeddable of nulls as null). */
    public Objection getObjection() { return objection; }
    public Release getRelease() { return release(); }
    public Fee getFee() { return fee(); }
    public List<RequestStep> getSteps() { return Collections.unmodifiableList(steps); }
    public Instant getUpdatedAt() { return updatedAt; }
}
