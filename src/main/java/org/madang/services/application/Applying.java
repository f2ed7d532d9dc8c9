package org.madang.services.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.Views;
import org.madang.notification.application.Inbox;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.ApplicationSummary;
import org.madang.services.application.ApplicationViews.Receipt;
import org.madang.services.application.ApplicationViews.Upload;
import org.madang.services.domain.Application;
import org.madang.services.domain.DraftKeys;
import org.madang.services.domain.ApplicationNotFound;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.FieldType;
import org.madang.services.domain.PaymentGateway;
import org.madang.services.domain.PaymentOrder;
import org.madang.services.domain.ProcessingClock;
import org.madang.services.infrastructure.ApplicationRepository;
import org.madang.services.infrastructure.ProcessingCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What citizens (and business representatives) do with their applications. Every method acts on
 * the caller's own applications only: another person's number answers exactly like a number that
 * does not exist ({@link ApplicationNotFound}).
 *
 * <p>A draft is addressed by its draft key until it is submitted; from then on by its receipt
 * number (the draft key keeps working, so a page that holds it does not break).
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE})
public class Applying {

    @Inject
    ApplicationRepository applications;
    @Inject
    Catalogue catalogue;
    @Inject
    AccountSelfService accounts;
    @Inject
    ProcessingCalendar calendar;
    @Inject
    PaymentGateway payments;
    @Inject
    AttachmentIntake intake;
    @Inject
    ApplicationResults results;
    @Inject
    ApplicationReadModels views;
    @Inject
    ApplicationNotices notices;
    @Inject
    CertificateIssuance certificates;
    @Inject
    CurrentUser currentUser;
    @Inject
    ApplicationFiling filing;
    @Inject
    Clock clock;
    @Inject
    Inbox inbox;
    @Inject
    DraftPages pages;

    /** Starts an application for a service in the caller's own name; returns the draft's key. */
    @Audited("application.startDraft")
    public String startDraft(@AuditTarget("service") long serviceId) {
        return start(serviceId, null);
    }

    /** Starts an application on behalf of a business the caller represents (approved mandate). */
    @Audited("application.startDraftForBusiness")
    public String startDraftForBusiness(@AuditTarget("service") long serviceId, long businessId) {
        if (!currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE) || accounts.businessesIRepresent().stream()
                .noneMatch(m -> m.businessId() == businessId)) {
            throw new Forbidden("services.application.notYourBusiness").onField("business");
        }
        return start(serviceId, businessId);
    }

    private String start(long serviceId, Long businessId) {
        ServiceView service = catalogue.get(serviceId);
        if (!service.onlineApplication()) {
            throw new Conflict("services.application.notOnline", service.code());
        }
        Views.AccountDetails me = accounts.myAccount();
        return filing.startDraft(serviceId, me.id(), me.name(), businessId).getDraftKey();
    }

    /** Merges answers into a draft (a blank answer clears one); questions the form lacks are refused. */
    @Audited("application.saveDraft")
    public void saveDraft(@AuditTarget("application") @NotBlank String number, @NotNull Map<String, String> answers) {
        Application a = mine(number);
        List<String> unknown = ApplicationFormCheck.unknownKeys(catalogue.form(a.getServiceId()), answers.keySet());
        if (!unknown.isEmpty()) {
            throw new InvalidInput("services.application.field.unknown", unknown.get(0)).onField(unknown.get(0));
        }
        List<ApplicationAnswersInvalid.Problem> impossible = ApplicationFormCheck.draftProblems(
                catalogue.form(a.getServiceId()).fields(), answers);
        if (!impossible.isEmpty()) {
            throw new ApplicationAnswersInvalid(impossible);
        }
        a.saveAnswers(answers, now());
    }

    /**
     * One click on page {@code page} of a draft's form, in one transaction: the page's answers (all,
     * or none while one is impossible), its files and its documents from records, then what the page
     * still lacks. A refused answer, file or document comes back as a problem beside its question,
     * never as an exception, so the rest of the click is kept.
     */
    @Audited("application.savePage")
    public PageSaved savePage(@AuditTarget("application") @NotBlank String number, int page,
                              @NotNull PageAnswers answers) {
        return save(mine(number), page, answers);
    }

    /** Saves the page as {@link #savePage} does, then removes one of the draft's files. */
    @Audited("application.removeAttachment")
    public PageSaved removeAttachmentFromPage(@AuditTarget("application") @NotBlank String number, int page,
                                              @NotNull PageAnswers answers, long attachmentId) {
        Application a = mine(number);
        PageSaved saved = save(a, page, answers);
        pages.removeFile(a, attachmentId);
        return saved;
    }

    /**
     * Saves the page as {@link #savePage} does, then takes back a document attached from records
     * (audited on its own, as {@code application.detachFromRecords}).
     */
    @Audited("application.savePage")
    public PageSaved detachRecordFromPage(@AuditTarget("application") @NotBlank String number, int page,
                                          @NotNull PageAnswers answers, long sharedId) {
        Application a = mine(number);
        PageSaved saved = save(a, page, answers);
        pages.detachRecord(a, sharedId);
        return saved;
    }

    private PageSaved save(Application a, int page, PageAnswers answers) {
        List<ApplicationAnswersInvalid.Problem> refused = pages.save(a, answers);
        return new PageSaved(refused, pages.incomplete(a, catalogue.form(a.getServiceId()).page(page)));
    }

    /**
     * Adds a file to a draft's FILE question, or (while a supplement is awaited) to the supplement.
     * Returns the attachment's id.
     */
    @Audited("application.addAttachment")
    public long addAttachment(@AuditTarget("application") @NotBlank String number, @NotBlank String fieldKey,
                              @Size(max = 500) String fileName, @NotNull byte[] content) {
        Application a = mine(number);
        Attachment.Purpose purpose = a.getStatus() == ApplicationStatus.AWAITING_SUPPLEMENT
                ? Attachment.Purpose.SUPPLEMENT : Attachment.Purpose.FORM;
        if (purpose == Attachment.Purpose.FORM && catalogue.form(a.getServiceId()).fields().stream()
                .noneMatch(f -> f.key().equals(fieldKey) && f.type() == FieldType.FILE)) {
            throw new InvalidInput("services.application.field.unknown", fieldKey).onField(fieldKey);
        }
        Attachment file = intake.accept(fieldKey, purpose, fileName, content, a.getApplicantId(), now());
        a.attach(file, now());
        applications.flush();
        return file.getId();
    }

    @Audited("application.removeAttachment")
    public void removeAttachment(@AuditTarget("application") @NotBlank String number, long attachmentId) {
        Application a = mine(number);
        intake.discard(a.detach(attachmentId, now()));
    }

    /**
     * Files the draft: checks every answer against the form, gives the receipt number and the due
     * date, routes it to the service's department and opens the fee's payment order. A certificate
     * of data the government holds is issued at once to a verified resident, without an officer.
     */
    @Audited("application.submit") // the audit target is the receipt number the call gives back
    public Receipt submit(@NotBlank String number) {
        Application a = mine(number);
        a.getStatus().requireOneOf(ApplicationStatus.DRAFT);
        List<ApplicationAnswersInvalid.Problem> problems = filing.problems(a);
        if (!problems.isEmpty()) {
            throw new ApplicationAnswersInvalid(problems);
        }
        ServiceView service = catalogue.get(a.getServiceId());
        return filing.file(a, service.requiresVerifiedResident() && accounts.myAccount().isVerifiedResident());
    }

    /** The largest file an applicant may attach, in bytes (checked again when the file is taken in). */
    public long attachmentMaxBytes() {
        return intake.maxBytes();
    }

    /** The caller's applications, newest first (drafts included). */
    @OwnDataOnly
    public List<ApplicationSummary> myApplications() {
        return applications.ofApplicant(currentUser.accountId()).stream().map(views::summary).toList();
    }

    /**
     * A token that changes whenever the caller's application or the unread count in the page's
     * header changes, or empty if the number is not one of the caller's: lets the status page be
     * served again unchanged (no personal data).
     */
    public Optional<String> myApplicationChangeStamp(String number) {
        return applications.changeStampOf(number, currentUser.accountId()).map(s -> s + " " + inbox.unreadCountForHeader());
    }

    /** One of the caller's applications in full: timeline, clock, payment, documents issued. */
    @OwnDataOnly
    public ApplicationDetails myApplication(@NotBlank String number) {
        Application a = mine(number);
        List<IssuedDocumentView> documents = a.getStatus() == ApplicationStatus.APPROVED
                ? certificates.myDocumentsFor(a.reference()) : List.of();
        return views.details(a, documents, now());
    }

    /** A file of one of the caller's applications, for downloading it again. */
    @OwnDataOnly
    public ApplicationViews.AttachmentFile myAttachment(@NotBlank String number, long attachmentId) {
        Application a = mine(number);
        Attachment f = a.attachment(attachmentId);
        return new ApplicationViews.AttachmentFile(f.getFileName(), f.getType().mediaType(), intake.read(f),
                a.getApplicantId());
    }

    /** Answers the supplement request with words, files or both; the clock runs again. */
    @Audited("application.answerSupplement")
    public void answerSupplement(@AuditTarget("application") @NotBlank String number, @Size(max = 2000) String text,
                                 List<Upload> attachments) {
        Application a = mine(number);
        a.getStatus().requireOneOf(ApplicationStatus.AWAITING_SUPPLEMENT);
        List<Upload> files = attachments == null ? List.of() : attachments.stream()
                .filter(u -> u.content().length > 0).toList();
        for (Upload u : files) {
            a.attach(intake.accept("supplement", Attachment.Purpose.SUPPLEMENT, u.fileName(), u.content(),
                    a.getApplicantId(), now()), now());
        }
        a.answerSupplement(currentUser.accountId(), text, !files.isEmpty(), calendar.clock(), now());
        notices.tell(a, "supplementAnswered");
    }

    /** Withdraws the application (a draft, or a filed one before any decision). */
    @Audited("application.withdraw")
    public void withdraw(@AuditTarget("application") @NotBlank String number) {
        Application a = mine(number);
        boolean filed = a.getNumber() != null;
        boolean held = a.getStatus() == ApplicationStatus.AWAITING_PREREQUISITE;
        a.withdraw(currentUser.accountId(), now());
        if (filed) {
            notices.tell(a, "withdrawn");
        } else {
            filing.progressed(a);
        }
        if (filed || held) {
            filing.decided(a); // a bundle part waiting on this one can no longer be filed
        }
    }

    /** The caller's application, or "not found" for every other number (whether it exists or not). */
    private Application mine(String number) {
        Application a = applications.findByReference(number).orElseThrow(() -> new ApplicationNotFound(number));
        a.requireOwner(currentUser.accountId());
        return a;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
