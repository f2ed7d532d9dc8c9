package org.madang.services.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.services.domain.ApplicationStep.Kind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.madang.services.domain.ApplicationStatus.*;

/**
 * A citizen's application for a civil service (민원 신청), from draft to decision. It guards its own
 * transitions: every command checks the status it may run in and who may run it, records a step of
 * the timeline and keeps the processing clock ({@link ProcessingDeadline}) in step. Who holds it is
 * {@link CaseAssignment}'s; the payment lives behind {@link PaymentGateway}, only its reference here.
 */
@Entity
@Table(name = "application")
public class Application {
    public static final int MAX_ATTACHMENTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    /** How a draft is addressed before it has a receipt number (and still afterwards). */
    @Column(name = "draft_key", nullable = false, unique = true, length = 20)
    private String draftKey;
    /**
     * The receipt number as printed. A string column, not an AttributeConverter: Liberty asks CDI
     * for converters while building the persistence unit, before CDI is ready, and fails.
     */
    @Column(unique = true, length = 17)
    private String number;
    @Column(name = "service_id", nullable = false)
    private long serviceId;
    @Column(name = "applicant_id", nullable = false)
    private long applicantId;
    /** The applicant's name as officers see it on the case (taken from the account at the start). */
    @Column(name = "applicant_name", nullable = false, length = 100)
    private String applicantName;
    @Column(name = "business_id")
    private Long businessId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;
    @Embedded
    private CaseAssignment assignment = CaseAssignment.unrouted();
    @Column(precision = 12, scale = 0)
    private BigDecimal fee;
    @Column(name = "payment_reference", length = 20)
    private String paymentReference;
    @Embedded
    private ProcessingDeadline deadline = new ProcessingDeadline();
    @Embedded
    private ApplicationAnswers answers = new ApplicationAnswers();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("id")
    private List<ApplicationStep> steps = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("id")
    private List<ApplicationNote> notes = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** The number the approval created in a register (사업자등록번호, 신고번호), for services that create one. */
    @Column(name = "registration_number", length = 40)
    private String registrationNumber;

    protected Application() {
    }

    public Application(long serviceId, long applicantId, String applicantName, Long businessId, String draftKey,
                       Instant now) {
        this.serviceId = serviceId;
        this.applicantId = applicantId;
        this.applicantName = Objects.requireNonNull(applicantName);
        this.businessId = businessId;
        this.draftKey = Objects.requireNonNull(draftKey);
        this.status = DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---- the citizen's commands -----------------------------------------------------------------

    /** Merges answers into the draft; a blank answer removes the question's answer. */
    public void saveAnswers(Map<String, String> changes, Instant now) {
        status.requireOneOf(DRAFT);
        answers().merge(changes);
        updatedAt = now;
    }

    /** Files come with the draft or in answer to a supplement request. */
    public void attach(Attachment a, Instant now) {
        status.requireOneOf(DRAFT, AWAITING_SUPPLEMENT);
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new ApplicationInputInvalid("services.application.attachment.tooMany", a.getFieldKey(),
                    MAX_ATTACHMENTS);
        }
        attachments.add(a);
        updatedAt = now;
    }

    /** Takes a file back out of a draft; returns it so its bytes can be deleted too. */
    public Attachment detach(long attachmentId, Instant now) {
        status.requireOneOf(DRAFT);
        Attachment a = attachment(attachmentId);
        attachments.remove(a);
        updatedAt = now;
        return a;
    }

    /**
     * A part of a bundle that depends on another part: complete, but held back from every queue
     * (no number, no department, no clock) until its prerequisite is approved.
     */
    public void awaitPrerequisite(Instant now) {
        status.requireOneOf(DRAFT);
        move(AWAITING_PREREQUISITE, Kind.AWAITING_PREREQUISITE, null, now);
    }

    /** The prerequisite was refused or withdrawn: a held part can never be filed, so it is closed. */
    public void prerequisiteFailed(Instant now) {
        status.requireOneOf(AWAITING_PREREQUISITE);
        move(WITHDRAWN, Kind.PREREQUISITE_FAILED, null, now);
    }

    /**
     * Files the application: it gets its receipt number, its department and its clock. A held
     * bundle part is filed the same way once its prerequisite is approved.
     */
    public void submit(ApplicationNumber receipt, long department, ProcessingPeriod period, BigDecimal serviceFee,
                       String payment, ProcessingClock clock, Instant now) {
        status.requireOneOf(DRAFT, AWAITING_PREREQUISITE);
        this.number = Objects.requireNonNull(receipt).toString();
        this.fee = serviceFee == null ? BigDecimal.ZERO : serviceFee;
        this.paymentReference = payment;
        this.deadline = ProcessingDeadline.start(period, now, clock);
        assignment().routeTo(department);
        move(SUBMITTED, Kind.SUBMITTED, null, now).due(deadline.getDueAt());
    }

    /** Instant issuance: data the government already holds, no officer needed, nothing to pay. */
    public void approveAutomatically(Instant now) {
        status.requireOneOf(SUBMITTED);
        requireNoFeeDue(false);
        decidedAt = now;
        move(APPROVED, Kind.APPROVED_AUTOMATICALLY, null, now);
    }

    /** The citizen answers a supplement request: the clock runs again, later by the time it stood. */
    public void answerSupplement(long caller, String text, boolean withFiles, ProcessingClock clock, Instant now) {
        requireOwner(caller);
        status.requireOneOf(AWAITING_SUPPLEMENT);
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() && !withFiles) {
            throw new ApplicationInputInvalid("services.application.supplement.empty", "supplementText");
        }
        if (answer.length() > 2000) {
            throw new ApplicationInputInvalid("services.case.reason.tooLong", "supplementText", 2000);
        }
        deadline.resume(now, clock);
        move(UNDER_REVIEW, Kind.SUPPLEMENT_ANSWERED, null, now).note(answer).due(deadline.getDueAt());
    }

    public void withdraw(long caller, Instant now) {
        requireOwner(caller);
        status.requireOneOf(DRAFT, AWAITING_PREREQUISITE, SUBMITTED, TRANSFERRED, UNDER_REVIEW, AWAITING_SUPPLEMENT);
        move(WITHDRAWN, Kind.WITHDRAWN, null, now);
    }

    // ---- the officers' commands -----------------------------------------------------------------

    public void claim(CaseActor officer, Instant now) {
        assignment().requireDepartment(officer);
        if (!status.isClaimable()) {
            throw ApplicationStatusConflict.notIn(status);
        }
        assignment().handOver(officer.accountId(), officer.name());
        move(UNDER_REVIEW, Kind.CLAIMED, officer, now);
    }

    /** A supervisor gives the case to an officer of the department, who then holds the file. */
    public void assign(CaseActor supervisor, CaseActor officer, Instant now) {
        assignment().requireDepartment(supervisor);
        assignment().requireDepartment(officer);
        if (!supervisor.supervisor()) {
            throw new CaseNotAssigned();
        }
        requireOpen();
        assignment().handOver(officer.accountId(), officer.name());
        move(WAITING.contains(status) ? UNDER_REVIEW : status, Kind.ASSIGNED, officer, now);
    }

    public void requestSupplement(CaseActor officer, String reason, Instant now) {
        assignment().requireHandler(officer);
        status.requireOneOf(UNDER_REVIEW);
        String r = ApplicationInputInvalid.requireReason(reason, "supplementReason");
        deadline.pause(now);
        move(AWAITING_SUPPLEMENT, Kind.SUPPLEMENT_REQUESTED, officer, now).note(r);
    }

    public void approve(CaseActor officer, boolean paymentRecorded, Instant now) {
        assignment().requireHandler(officer);
        status.requireOneOf(UNDER_REVIEW);
        requireNoFeeDue(paymentRecorded);
        decidedAt = now;
        move(APPROVED, Kind.APPROVED, officer, now);
    }

    /** Records the number the approval created in its register; once, and only for an approved application. */
    public void registered(String number) {
        status.requireOneOf(APPROVED);
        if (number == null || number.isBlank() || number.length() > 40) {
            throw new IllegalArgumentException("a registration number of 1 to 40 characters");
        }
        if (registrationNumber != null) {
            throw new IllegalStateException("already registered");
        }
        registrationNumber = number;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    /** Rejects on one of the service's legal grounds (key and both texts), with the officer's words. */
    public void reject(CaseActor officer, String groundKey, String groundKo, String groundEn, String text,
                       Instant now) {
        assignment().requireHandler(officer);
        if (!status.isRejectable()) {
            throw ApplicationStatusConflict.notIn(status);
        }
        if (groundKey == null || groundKey.isBlank()) {
            throw new ApplicationInputInvalid("services.case.ground.required", "rejectionGround");
        }
        String r = ApplicationInputInvalid.requireReason(text, "rejectionText");
        decidedAt = now;
        move(REJECTED, Kind.REJECTED, officer, now).ground(groundKey, groundKo, groundEn).note(r);
    }

    /** Sends the case to the competent department, where it waits to be claimed like a new one. */
    public void transfer(CaseActor officer, long toDepartment, String reason, Instant now) {
        assignment().requireDepartment(officer);
        status.requireOneOf(SUBMITTED, TRANSFERRED, UNDER_REVIEW);
        if (status == UNDER_REVIEW) {
            assignment().requireHandler(officer);
        }
        if (toDepartment == assignment().getDepartmentId()) {
            throw new ApplicationInputInvalid("services.case.transfer.sameDepartment", "transferDepartment");
        }
        String r = ApplicationInputInvalid.requireReason(reason, "transferReason");
        assignment().routeTo(toDepartment);
        move(TRANSFERRED, Kind.TRANSFERRED, officer, now).note(r);
    }

    /** Once the due date has passed, the citizen sees a "delayed" flag with the officer's reason. */
    public void markDelayed(CaseActor officer, String reason, Instant now) {
        assignment().requireDepartment(officer);
        requireOpen();
        String r = ApplicationInputInvalid.requireReason(reason, "delayReason");
        deadline.markDelayed(r, now);
        move(status, Kind.DELAYED, officer, now).note(r);
    }

    /** The one extension the Act allows, with notice of the reason and the new due date. */
    public void extend(CaseActor officer, int amount, String reason, ProcessingClock clock, Instant now) {
        assignment().requireHandler(officer);
        requireOpen();
        String r = ApplicationInputInvalid.requireReason(reason, "extensionReason");
        deadline.extend(amount, r, clock);
        move(status, Kind.EXTENDED, officer, now).note(r).due(deadline.getDueAt());
    }

    /** Records on the timeline that the fee was paid (the payment itself is the gateway's). */
    public void paymentRecorded(CaseActor officer, Instant now) {
        assignment().requireDepartment(officer);
        requireOpen();
        move(status, Kind.PAYMENT_RECORDED, officer, now);
    }

    /** Records on the department's timeline which knowledge article an officer used for the case. */
    public void knowledgeUsed(CaseActor officer, String article, Instant now) {
        assignment().requireDepartment(officer);
        move(status, Kind.KNOWLEDGE_USED, officer, now).note(article);
    }

    public void addNote(CaseActor officer, String text, Instant now) {
        assignment().requireDepartment(officer);
        notes.add(new ApplicationNote(officer, text, now));
        updatedAt = now;
    }

    // ---- guards ---------------------------------------------------------------------------------

    public boolean isOwnedBy(long accountId) {
        return applicantId == accountId;
    }

    /** Someone else's application looks exactly like one that does not exist. */
    public void requireOwner(long caller) {
        if (!isOwnedBy(caller)) {
            throw new ApplicationNotFound(reference());
        }
    }

    public void requireDepartment(CaseActor officer) {
        assignment().requireDepartment(officer);
    }

    private void requireOpen() {
        status.requireOneOf(SUBMITTED, TRANSFERRED, UNDER_REVIEW, AWAITING_SUPPLEMENT);
    }

    private void requireNoFeeDue(boolean paymentRecorded) {
        if (hasFee() && !paymentRecorded) {
            throw new PaymentOutstanding(paymentReference);
        }
    }

    private ApplicationStep move(ApplicationStatus next, Kind kind, CaseActor officer, Instant now) {
        status = next;
        ApplicationStep s = new ApplicationStep(kind, now, next, assignment().getDepartmentId(),
                officer == null ? null : officer.accountId(), officer == null ? null : officer.name());
        steps.add(s);
        updatedAt = now;
        return s;
    }

    /** Hibernate loads an embeddable whose columns are all null (a draft's) as null. */
    private CaseAssignment assignment() {
        if (assignment == null) {
            assignment = CaseAssignment.unrouted();
        }
        return assignment;
    }

    private ApplicationAnswers answers() {
        if (answers == null) {
            answers = new ApplicationAnswers();
        }
        return answers;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The receipt number once submitted, the draft key before. */
    public String reference() {
        return number != null ? number : draftKey;
    }

    public Attachment attachment(long attachmentId) {
        return attachments.stream().filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new ApplicationNotFound(reference()));
    }

    public boolean hasFee() {
        return fee != null && fee.signum() > 0;
    }

    /** The supplement request being awaited, if any (what the citizen must answer). */
    public ApplicationStep openSupplementRequest() {
        if (status != AWAITING_SUPPLEMENT) {
            return null;
        }
        return steps.stream().filter(s -> s.getKind() == Kind.SUPPLEMENT_REQUESTED).reduce((a, b) -> b).orElse(null);
    }

    public Long getId() { return id; }
    public String getDraftKey() { return draftKey; }
    public ApplicationNumber getNumber() { return number == null ? null : ApplicationNumber.parse(number); }
    public long getServiceId() { return serviceId; }
    public long getApplicantId() { return applicantId; }
    public String getApplicantName() { return applicantName; }
    public Long getBusinessId() { return businessId; }
    public ApplicationStatus getStatus() { return status; }
    public CaseAssignment getAssignment() { return assignment(); }
    public BigDecimal getFee() { return fee; }
    public String getPaymentReference() { return paymentReference; }
    public ProcessingDeadline getDeadline() { return deadline; }
    public Map<String, String> getAnswers() { return answers().asMap(); }
    public List<Attachment> getAttachments() { return Collections.unmodifiableList(attachments); }
    public List<ApplicationStep> getSteps() { return Collections.unmodifiableList(steps); }
    public List<ApplicationNote> getNotes() { return Collections.unmodifiableList(notes); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
