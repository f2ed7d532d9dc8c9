package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.AttachmentView;
import org.madang.services.application.ApplicationViews.ClockView;
import org.madang.services.application.ApplicationViews.StepView;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNote;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.ApplicationStep;
import org.madang.services.domain.CaseActor;
import org.madang.services.domain.PaymentGateway;
import org.madang.services.domain.PaymentOrder;
import org.madang.services.domain.ProcessingDeadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Entity → read models, inside the service's transaction (the collections are lazy). */
@ApplicationScoped
public class ApplicationReadModels {
    @Inject
    Catalogue catalogue;
    @Inject
    OrganisationDirectory directory;
    @Inject
    PaymentGateway payments;

    /** The application as its owner sees it (no internal notes, no internal steps). */
    ApplicationDetails details(Application a, List<IssuedDocumentView> documents, Instant now) {
        return details(a, documents, now, false);
    }

    private ApplicationDetails details(Application a, List<IssuedDocumentView> documents, Instant now,
                                       boolean internalSteps) {
        ServiceView service = catalogue.get(a.getServiceId());
        Map<Long, Views.DepartmentView> departments = departments();
        Views.DepartmentView d = a.getAssignment().getDepartmentId() == null ? null
                : departments.get(a.getAssignment().getDepartmentId());
        List<StepView> steps = a.getSteps().stream().filter(s -> internalSteps || !s.getKind().internal())
                .map(s -> step(s, departments)).toList();
        ApplicationStep supplement = a.openSupplementRequest();
        PaymentOrder payment = a.getPaymentReference() == null ? null
                : payments.find(a.getPaymentReference()).orElse(null);
        return new ApplicationDetails(a.reference(), a.getNumber() == null ? null : a.getNumber().toString(),
                a.getStatus(), service, a.getApplicantId(), a.getBusinessId(), answers(a, catalogue.form(a.getServiceId())),
                a.getAttachments().stream().map(f -> new AttachmentView(f.getId(), f.getFieldKey(), f.getPurpose(),
                        f.getFileName(), f.getType().mediaType(), f.getSizeBytes(), f.getUploadedAt())).toList(),
                steps, clock(a.getDeadline(), now), d == null ? null : d.agencyNameKo() + " " + d.nameKo(),
                d == null ? null : d.agencyNameEn() + ", " + d.nameEn(), a.getAssignment().getAssigneeName(),
                supplement == null ? null : step(supplement, departments), a.getFee(), payment,
                documents, a.getCreatedAt(), a.getDecidedAt(), a.getRegistrationNumber());
    }

    ApplicationViews.CaseDetails caseDetails(Application a, CaseActor me, Instant now) {
        ApplicationDetails details = details(a, List.of(), now, true);
        List<ApplicationViews.NoteView> notes = a.getNotes().stream().map(ApplicationReadModels::note).toList();
        boolean handler = me.supervisor() || a.getAssignment().isHandledBy(me.accountId());
        ProcessingDeadline dl = a.getDeadline();
        return new ApplicationViews.CaseDetails(details, a.getApplicantName(), notes,
                ApplicationStatus.WAITING.contains(a.getStatus()),
                handler && a.getStatus().isOpen(), me.supervisor(),
                dl.getPeriod() == null ? 0 : dl.maximumExtension(), dl.isOverdue(now));
    }

    ApplicationViews.ApplicationSummary summary(Application a) {
        Optional<ServiceView> s = catalogue.find(a.getServiceId());
        ProcessingDeadline dl = a.getDeadline();
        return new ApplicationViews.ApplicationSummary(a.reference(),
                a.getNumber() == null ? null : a.getNumber().toString(), a.getServiceId(),
                s.map(ServiceView::nameKo).orElse(""), s.map(ServiceView::nameEn).orElse(""), a.getStatus(),
                a.getCreatedAt(), dl.getReceivedAt(), dl.getDueAt(), dl.isPaused(), dl.isDelayed(), a.getApplicantId());
    }

    ApplicationViews.CaseSummary caseSummary(Application a, Instant now) {
        Optional<ServiceView> s = catalogue.find(a.getServiceId());
        ProcessingDeadline dl = a.getDeadline();
        return new ApplicationViews.CaseSummary(a.getNumber().toString(), a.getServiceId(),
                s.map(ServiceView::nameKo).orElse(""), s.map(ServiceView::nameEn).orElse(""), a.getStatus(),
                dl.getReceivedAt(), dl.getDueAt(), dl.isPaused(), dl.isOverdue(now), dl.isDelayed(),
                a.getAssignment().getAssigneeId(), a.getAssignment().getAssigneeName());
    }

    Map<Long, Views.DepartmentView> departments() {
        return directory.departments().stream().collect(Collectors.toMap(Views.DepartmentView::id,
                Function.identity()));
    }

    /** The answers in the form's order, with option labels for choices; unknown keys last. */
    static List<AnswerLine> answers(Application a, FormDefinition form) {
        Map<String, String> given = a.getAnswers();
        List<AnswerLine> lines = new ArrayList<>();
        for (FieldDefinition f : form.fields()) {
            String v = given.get(f.key());
            if (v != null) {
                lines.add(new AnswerLine(f.key(), f.labelKo(), f.labelEn(), v, shown(f, v, false), shown(f, v, true)));
            }
        }
        given.forEach((k, v) -> {
            if (form.fields().stream().noneMatch(f -> f.key().equals(k))) {
                lines.add(new AnswerLine(k, k, k, v, v, v));
            }
        });
        return lines;
    }

    private static String shown(FieldDefinition f, String value, boolean en) {
        if (f.options().isEmpty()) {
            return value;
        }
        return Arrays.stream(value.split(",")).map(String::strip)
                .map(v -> f.options().stream().filter(o -> o.value().equals(v)).findFirst()
                        .map(o -> en ? o.labelEn() : o.labelKo()).orElse(v))
                .collect(Collectors.joining(", "));
    }

    private static StepView step(ApplicationStep s, Map<Long, Views.DepartmentView> departments) {
        Views.DepartmentView d = s.getDepartmentId() == null ? null : departments.get(s.getDepartmentId());
        return new StepView(s.getAt(), s.getKind(), s.getStatusAfter(),
                d == null ? null : d.agencyNameKo() + " " + d.nameKo(),
                d == null ? null : d.agencyNameEn() + ", " + d.nameEn(), s.getActorName(), s.getPublicNote(),
                s.getGroundKey(), s.getGroundKo(), s.getGroundEn(), s.getDueAt());
    }

    private static ClockView clock(ProcessingDeadline d, Instant now) {
        return new ClockView(d.getPeriod(), d.getReceivedAt(), d.getDueAt(), d.getPausedAt(), d.getPausedMinutes(),
                d.isOverdue(now), d.getExtendedBy(), d.getExtensionReason(), d.getDelayedAt(), d.getDelayReason());
    }

    private static ApplicationViews.NoteView note(ApplicationNote n) {
        return new ApplicationViews.NoteView(n.getAt(), n.getAuthorName(), n.getText());
    }
}
