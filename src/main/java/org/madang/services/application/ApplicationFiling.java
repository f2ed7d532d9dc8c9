package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.services.application.ApplicationViews.Receipt;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNotFound;
import org.madang.services.domain.CaseActor;
import org.madang.services.domain.DraftKeys;
import org.madang.services.domain.ApplicationDecided;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.PaymentGateway;
import org.madang.services.domain.PaymentOrder;
import org.madang.services.infrastructure.ApplicationRepository;
import org.madang.services.infrastructure.ProcessingCalendar;
import org.madang.services.sharing.infrastructure.SharedDocumentRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starting and filing applications, shared by the citizen's own applications ({@link Applying})
 * and the parts of a one-stop bundle, so a bundle part is filed, numbered, routed and clocked
 * exactly like any other application. Not a boundary: callers check who may do it.
 */
@ApplicationScoped
public class ApplicationFiling {

    @Inject
    ApplicationRepository applications;
    @Inject
    Catalogue catalogue;
    @Inject
    ProcessingCalendar calendar;
    @Inject
    PaymentGateway payments;
    @Inject
    ApplicationResults results;
    @Inject
    ApplicationNotices notices;
    @Inject
    ApplicationReadModels views;
    @Inject
    Event<ApplicationDecided> decided;
    @Inject
    ApplicationProgress progress;
    @Inject
    SharedDocumentRepository shared;
    @Inject
    Clock clock;

    /** A new draft in the applicant's name (and for a business, when one is given). */
    public Application startDraft(long serviceId, long applicantId, String applicantName, Long businessId) {
        Application a = new Application(serviceId, applicantId, applicantName, businessId, DraftKeys.next(), now());
        applications.add(a);
        progress.changed(a); // a draft counts too: the completion rate is of drafts started
        return a;
    }

    public Optional<Application> find(String reference) {
        return applications.findByReference(reference);
    }

    /** A filed application of {@code officer}'s department; drafts and other departments' cases are refused. */
    public Application caseOf(String number, CaseActor officer) {
        Application a = applications.findByReference(ApplicationNumber.parse(number).toString())
                .orElseThrow(() -> new ApplicationNotFound(number));
        a.requireDepartment(officer);
        return a;
    }

    public Application byId(long id) {
        return applications.byId(id);
    }

    /** Merges answers into a draft, refusing questions the service's form does not ask. */
    public void saveAnswers(Application a, java.util.Map<String, String> answers) {
        List<String> unknown = ApplicationFormCheck.unknownKeys(catalogue.form(a.getServiceId()), answers.keySet());
        if (!unknown.isEmpty()) {
            throw new org.madang.platform.error.InvalidInput("services.application.field.unknown", unknown.get(0))
                    .onField(unknown.get(0));
        }
        a.saveAnswers(answers, now());
    }

    /**
     * What is wrong with the answers (and files) against the service's form; empty when it may be
     * filed. A FILE question is answered by an upload or by a document attached from government records.
     */
    public List<ApplicationAnswersInvalid.Problem> problems(Application a) {
        return problems(a, catalogue.form(a.getServiceId()).fields());
    }

    /** What is wrong with the answers to the given questions (one page of the form). */
    public List<ApplicationAnswersInvalid.Problem> problems(Application a, List<FieldDefinition> questions) {
        Set<String> files = a.getAttachments().stream().map(Attachment::getFieldKey)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        files.addAll(shared.answeredFieldKeys(a.getId()));
        return ApplicationFormCheck.problems(questions, a.getAnswers(), files);
    }

    /**
     * Files a checked application: the receipt number, the due date, the department's queue and
     * the fee's payment order. A certificate of data the government holds is issued at once to a
     * verified resident, without an officer.
     */
    public Receipt file(Application a, boolean verifiedResident) {
        ServiceView service = catalogue.get(a.getServiceId());
        Instant now = now();
        ApplicationNumber receipt = nextNumber(now);
        PaymentOrder payment = service.hasFee() ? payments.open(receipt, service.fee(), now) : null;
        a.submit(receipt, service.departmentId(), service.period(), service.fee(),
                payment == null ? null : payment.reference(), calendar.clock(), now);
        notices.tell(a, "submitted");
        if (service.instantIssuance() && !service.hasFee() && (!service.requiresVerifiedResident() || verifiedResident)) {
            a.approveAutomatically(now);
            results.issue(a);
            notices.tell(a, "approved");
            decided(a);
        }
        return new Receipt(a.reference(), a.getStatus(), now, a.getDeadline().getDueAt(), service.departmentId(), payment);
    }

    /** The next receipt number of today (Korean time); a bundle takes one for itself too. */
    public ApplicationNumber nextNumber(Instant now) {
        return applications.nextNumber(LocalDate.ofInstant(now, calendar.zoneId()));
    }

    /** Holds a complete bundle part back until its prerequisite is approved. */
    public void hold(Application a) {
        a.awaitPrerequisite(now());
        applications.flush();
        progress.changed(a);
    }

    /** Tells the indicators of a change the applicant is not told of (a draft withdrawn). */
    void progressed(Application a) {
        progress.changed(a);
    }

    /** Closes a held part whose prerequisite ended without approval, and tells the applicant. */
    public void prerequisiteFailed(Application a) {
        a.prerequisiteFailed(now());
        notices.tell(a, "prerequisiteFailed");
        decided(a);
    }

    /** Tells whoever waits on this application that it has come to an end. */
    void decided(Application a) {
        if (a.getStatus() == ApplicationStatus.APPROVED || a.getStatus() == ApplicationStatus.REJECTED
                || a.getStatus() == ApplicationStatus.WITHDRAWN) {
            decided.fire(new ApplicationDecided(a.getId(), a.getStatus()));
        }
    }

    /** An application as its owner sees it (no certificates: the bundle page links to the part's own page). */
    public ApplicationViews.ApplicationDetails details(Application a) {
        return views.details(a, List.of(), now());
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
