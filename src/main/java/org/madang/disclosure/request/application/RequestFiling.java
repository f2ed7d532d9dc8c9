package org.madang.disclosure.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.disclosure.request.application.RequestViews.RequestSummary;
import org.madang.disclosure.request.application.RequestViews.RequestView;
import org.madang.disclosure.request.application.RequestViews.Target;
import org.madang.disclosure.request.domain.DisclosureCalendar;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.RequestDetails;
import org.madang.disclosure.request.infrastructure.DisclosureRequestRepository;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.Views;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The requester's side: file a request (receipt number, inbox notice and e-mail), follow it,
 * answer a clarification, object. A requester sees only their own requests; another's number
 * answers like an unknown one.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE})
public class RequestFiling {
    static final int MY_LIST_SIZE = 200;

    @Inject
    DisclosureRequestRepository requests;
    @Inject
    RequestCalendar calendar;
    @Inject
    RequestPlaces places;
    @Inject
    RequestNotices notices;
    @Inject
    RequestStatistics statistics;
    @Inject
    org.madang.disclosure.infrastructure.PublicationFileIntake files;
    @Inject
    org.madang.disclosure.request.domain.FeePayments payments;
    @Inject
    AccountSelfService accounts;
    @Inject
    CurrentUser currentUser;

    /** Files the request; returns its receipt number. */
    @Audited("disclosureRequest.file")
    public String file(@NotNull @Valid NewRequest n) {
        if (places.department(n.departmentId()).isEmpty()) {
            throw new InvalidInput("disclosure.request.department.required").onField("department");
        }
        if (n.businessId() != null && (!currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE)
                || accounts.businessesIRepresent().stream().noneMatch(m -> m.businessId() == n.businessId()))) {
            throw new Forbidden("disclosure.request.notYourBusiness").onField("business");
        }
        RequestDetails details = new RequestDetails(n.subject(), n.description(), n.form(), n.delivery(),
                n.feeWaiverReason(), n.subjectPrivate());
        Views.AccountDetails me = accounts.myAccount();
        DisclosureCalendar cal = calendar.calendar();
        Instant now = calendar.now();
        DisclosureRequest r = requests.add(new DisclosureRequest(requests.nextNumber(cal.dateOf(now)), me.id(),
                me.name(), n.businessId(), n.departmentId(), details, cal, now));
        requests.pseudonym(me.id());
        statistics.record(r);
        notices.tell(r, "received", r.getDueOn().toString());
        return r.getNumberText();
    }

    @OwnDataOnly
    public List<RequestSummary> myRequests() {
        LocalDate today = calendar.today();
        Map<Long, Views.DepartmentView> all = places.all();
        return requests.ofRequester(currentUser.accountId(), MY_LIST_SIZE).stream()
                .map(r -> RequestSummary.of(r, RequestViews.Place.of(r.getDepartmentId(), all.get(r.getDepartmentId())),
                        today)).toList();
    }

    @OwnDataOnly
    public RequestView myRequest(@NotBlank String number) {
        DisclosureRequest r = mine(number);
        String ref = r.getFee().getReference();
        return RequestView.of(r, places.place(r.getDepartmentId()), calendar.today(),
                ref == null ? null : payments.find(ref).orElse(null)).forRequester();
    }

    @Audited("disclosureRequest.answerClarification")
    public void answerClarification(@AuditTarget("disclosureRequest") @NotBlank String number,
                                    @Size(max = RequestDetails.TEXT_MAX) String answer) {
        DisclosureRequest r = mine(number);
        r.answerClarification(currentUser.accountId(), answer, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "clarificationAnswered", r.getDueOn().toString());
    }

    @Audited("disclosureRequest.object")
    public void object(@AuditTarget("disclosureRequest") @NotBlank String number,
                       @Size(max = RequestDetails.TEXT_MAX) String reason) {
        DisclosureRequest r = mine(number);
        r.object(currentUser.accountId(), reason, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "objected", r.getObjection().getDueOn().toString());
    }

    /** A file released to the requester alone (their own personal data). */
    public record PrivateFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * The file released privately to the caller (their own data, or a release waiting for its fee);
     * someone else's request, or one with no such file, answers as if it did not exist; while the
     * fee is owed the answer is {@link org.madang.disclosure.request.domain.FeeOutstanding}.
     */
    @OwnDataOnly
    public PrivateFile myReleasedFile(@NotBlank String number) {
        DisclosureRequest r = mine(number);
        // refused (FeeOutstanding, 403) while the fee is owed: never the file
        org.madang.disclosure.request.domain.Release.PrivateFile f = r.requesterFile()
                .orElseThrow(() -> new org.madang.platform.error.NotFound("disclosure.request.notFound"));
        return new PrivateFile(f.fileName(), f.contentType(), files.read(f.storageKey()));
    }

    /** The businesses the caller represents (none for a citizen without a mandate). */
    @OwnDataOnly
    public List<RequestViews.Business> myBusinesses() {
        if (!currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE)) {
            return List.of();
        }
        return accounts.businessesIRepresent().stream()
                .map(m -> new RequestViews.Business(m.businessId(), m.businessName())).toList();
    }

    /** Every department a request may be addressed to. */
    @PermitAll
    public List<Target> departments() {
        return places.targets();
    }

    private DisclosureRequest mine(String number) {
        DisclosureRequest r = requests.get(number);
        r.requireRequester(currentUser.accountId());
        return r;
    }
}
