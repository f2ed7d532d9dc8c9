package org.madang.services.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.privacy.PurposeReference;
import org.madang.platform.security.Roles;
import org.madang.services.application.ApplicationViews.AttachmentFile;
import org.madang.services.application.ApplicationViews.CaseDetails;
import org.madang.services.application.ApplicationViews.CaseSummary;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationInputInvalid;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.CaseActor;
import org.madang.services.domain.PaymentGateway;
import org.madang.services.domain.PaymentOrder;
import org.madang.services.infrastructure.ApplicationRepository;
import org.madang.services.infrastructure.ProcessingCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The officers' workbench: the department queue and every action on a case. An officer acts only
 * on cases routed to their own department (the aggregate refuses the rest); decisions belong to the
 * officer holding the file or the department's supervisor. Every action is audited and tells the
 * applicant; opening a case is written to the personal-data access log.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class CaseHandling {
    static final int QUEUE_SIZE = 300;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ApplicationRepository applications;
    @Inject
    CaseWorkers workers;
    @Inject
    ProcessingCalendar calendar;
    @Inject
    PaymentGateway payments;
    @Inject
    ApplicationResults results;
    @Inject
    ApplicationReadModels views;
    @Inject
    AttachmentIntake intake;
    @Inject
    ApplicationNotices notices;
    @Inject
    OrganisationDirectory directory;
    @Inject
    Catalogue catalogue;
    @Inject
    ApplicationFiling filing;
    @Inject
    Clock clock;

    /** The caller's department's cases, the most urgent first (at most {@value #QUEUE_SIZE}). Names no applicant. */
    public List<CaseSummary> queue(CaseQueueFilter filter) {
        return queuePage(filter).cases();
    }

    /** {@link #queue}, and whether more cases match than the queue shows (then the page says so). */
    public ApplicationViews.CaseQueue queuePage(CaseQueueFilter filter) {
        CaseQueueFilter f = filter == null ? CaseQueueFilter.open() : filter;
        CaseActor me = workers.me();
        Set<ApplicationStatus> statuses = f.status() == null ? ApplicationStatus.OPEN : Set.of(f.status());
        Instant now = now();
        List<CaseSummary> found = applications.queue(me.departmentId(), statuses, f.serviceId(),
                f.mineOnly() ? me.accountId() : null, f.overdueOnly(), now, QUEUE_SIZE + 1).stream()
                .map(a -> views.caseSummary(a, now)).toList();
        boolean cut = found.size() > QUEUE_SIZE;
        return new ApplicationViews.CaseQueue(cut ? found.subList(0, QUEUE_SIZE) : found, cut, QUEUE_SIZE);
    }

    /** The case in full; each opening is logged as a read of the applicant's data for processing it. */
    @PersonalDataAccess(purpose = "services.case.purpose", fields = {"name", "answers", "attachments"})
    public CaseDetails openCase(@PurposeReference @NotBlank String number) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        return views.caseDetails(a, me, now());
    }

    /** An attachment's bytes for an officer of the case's department (logged like an opening). */
    @PersonalDataAccess(purpose = "services.case.purpose", fields = {"attachment"})
    public AttachmentFile attachment(@PurposeReference @NotBlank String number, long attachmentId) {
        Application a = filing.caseOf(number, workers.me());
        Attachment f = a.attachment(attachmentId);
        return new AttachmentFile(f.getFileName(), f.getType().mediaType(), intake.read(f), a.getApplicantId());
    }

    @Audited("case.claim")
    public void claim(@AuditTarget("application") @NotBlank String number) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        a.claim(me, now());
        notices.tell(a, "underReview", me.name());
    }

    /** A supervisor gives a case of their department to one of its officers. */
    @RolesAllowed(Roles.SUPERVISOR)
    @Audited("case.reassign")
    public void reassign(@AuditTarget("application") @NotBlank String number, long officerId) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        CaseActor officer = workers.colleague(officerId);
        a.assign(me, officer, now());
        notices.tell(a, "assigned", officer.name());
    }

    @Audited("case.addNote")
    public void addInternalNote(@AuditTarget("application") @NotBlank String number,
                                @NotBlank @Size(max = 4000) String text) {
        CaseActor me = workers.me();
        filing.caseOf(number, me).addNote(me, text, now()); // internal: the applicant is not told
    }

    @Audited("case.requestSupplement")
    public void requestSupplement(@AuditTarget("application") @NotBlank String number,
                                  @Size(max = 2000) String reason) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        a.requestSupplement(me, reason, now());
        notices.tell(a, "supplementRequested", reason.strip());
    }

    /** Approves; a fee-bearing application needs its payment recorded; the result document is issued. */
    @Audited("case.approve")
    public void approve(@AuditTarget("application") @NotBlank String number) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        boolean paid = a.hasFee() && a.getPaymentReference() != null
                && payments.find(a.getPaymentReference()).map(PaymentOrder::isSettled).orElse(false);
        a.approve(me, paid, now());
        results.issue(a);
        notices.tell(a, "approved");
        filing.decided(a);
    }

    /** Rejects on one of the service's legal grounds, with the officer's explanation. */
    @Audited("case.reject")
    public void reject(@AuditTarget("application") @NotBlank String number, String groundKey,
                       @Size(max = 2000) String text) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        ServiceView.RejectionGround ground = catalogue.get(a.getServiceId()).rejectionGround(groundKey == null ? "" : groundKey)
                .orElseThrow(() -> new ApplicationInputInvalid("services.case.ground.required", "rejectionGround"));
        a.reject(me, ground.key(), ground.textKo(), ground.textEn(), text, now());
        notices.tell(a, "rejected", text.strip());
        filing.decided(a);
    }

    /** Sends the case to the competent department (another agency's included), with the reason. */
    @Audited("case.transfer")
    public void transfer(@AuditTarget("application") @NotBlank String number, long departmentId,
                         @Size(max = 2000) String reason) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        if (directory.departments().stream().noneMatch(d -> d.id() == departmentId)) {
            throw new ApplicationInputInvalid("services.case.transfer.unknownDepartment", "transferDepartment");
        }
        a.transfer(me, departmentId, reason, now());
        notices.tell(a, "transferred", reason.strip());
    }

    @Audited("case.markDelayed")
    public void markDelayed(@AuditTarget("application") @NotBlank String number, @Size(max = 2000) String reason) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        a.markDelayed(me, reason, now());
        notices.tell(a, "delayed", reason.strip());
    }

    /** The one extension the Act allows: {@code amount} days (or hours for short periods). */
    @Audited("case.extend")
    public void extend(@AuditTarget("application") @NotBlank String number, int amount,
                       @Size(max = 2000) String reason) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        a.extend(me, amount, reason, calendar.clock(), now());
        notices.tell(a, "extended", reason.strip(),
                DUE.format(a.getDeadline().getDueAt().atZone(calendar.zoneId())));
    }

    /** Records a payment seen on the bank statement or the counter receipt. */
    @Audited("case.recordPayment")
    public void recordPayment(@AuditTarget("application") @NotBlank String number, @NotNull BigDecimal amount,
                              @NotNull LocalDate paidOn, @NotBlank @Size(max = 60) String receipt) {
        CaseActor me = workers.me();
        Application a = filing.caseOf(number, me);
        if (!a.hasFee() || a.getPaymentReference() == null) {
            throw new ApplicationInputInvalid("services.case.payment.none", "paymentAmount");
        }
        payments.record(a.getPaymentReference(), amount, paidOn, receipt, me, now());
        a.paymentRecorded(me, now());
        notices.tell(a, "paymentRecorded", a.getPaymentReference());
    }

    /** The services routed to the caller's department (the queue's service filter). */
    public List<ServiceView> departmentServices() {
        long mine = workers.me().departmentId();
        return catalogue.all().stream().filter(s -> s.departmentId() == mine).toList();
    }

    /** The caller's colleagues (whom a supervisor may give a case to). */
    public List<ApplicationViews.Colleague> colleagues() {
        return workers.colleagues().stream().map(c -> new ApplicationViews.Colleague(c.id(), c.name())).toList();
    }

    /** Every department a case may be transferred to (all but the caller's own). */
    public List<ApplicationViews.TransferTarget> transferTargets() {
        long mine = workers.me().departmentId();
        return directory.departments().stream().filter(d -> d.id() != mine)
                .map(d -> new ApplicationViews.TransferTarget(d.id(), d.nameKo(), d.nameEn(), d.agencyNameKo(),
                        d.agencyNameEn())).toList();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
