package org.madang.services.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.ApplicationSummary;
import org.madang.services.application.ApplicationViews.AttachmentView;
import org.madang.services.application.ApplicationViews.StepView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Civil services' part of "download my data": every application (drafts included) with its answers,
 * the files attached to it (name, type, size; the files themselves stay one click away on the
 * application's page) and its timeline, then every document issued to the person. Internal notes
 * of the department are not the applicant's data to take away and are left out, as on the pages.
 */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class ServicesDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";

    @Inject
    Applying applying;
    @Inject
    CertificateIssuance certificates;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        PersonalDataExporter.requireHolder(currentUser.accountId(), accountId);
        return List.of(applications(), documents());
    }

    private ExportSection applications() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ApplicationSummary s : applying.myApplications()) {
            ApplicationDetails d = applying.myApplication(s.reference());
            rows.add(ExportSection.record()
                    .put("applicationNumber", d.number())
                    .put("service", s.serviceNameKo())
                    .put("serviceEn", s.serviceNameEn())
                    .put("applicationStatus", d.status().name())
                    .put("startedAt", d.createdAt())
                    .put("receivedAt", s.receivedAt())
                    .put("dueAt", s.dueAt())
                    .put("decidedAt", d.decidedAt())
                    .put("department", d.departmentKo())
                    .put("answers", d.answers().stream().map(ServicesDataExporter::answer).toList())
                    .put("attachments", d.attachments().stream().map(ServicesDataExporter::attachment).toList())
                    .put("timeline", d.steps().stream().map(ServicesDataExporter::step).toList())
                    .build());
        }
        return new ExportSection("applications", "privacy.export.section.applications", LABELS, rows);
    }

    private ExportSection documents() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IssuedDocumentView d : certificates.myDocuments()) {
            rows.add(ExportSection.record()
                    .put("issuanceNumber", d.issuanceNumber())
                    .put("applicationNumber", d.applicationNumber())
                    .put("document", d.titleKo())
                    .put("documentEn", d.titleEn())
                    .put("issuedAt", d.issuedAt())
                    .put("validUntil", d.validUntil())
                    .put("documentStatus", d.status().name())
                    .put("revokedAt", d.revokedAt())
                    .put("sha256", d.sha256())
                    .build());
        }
        return new ExportSection("issuedDocuments", "privacy.export.section.issuedDocuments", LABELS, rows);
    }

    private static String answer(AnswerLine a) {
        return a.labelKo() + " / " + a.labelEn() + ": " + (a.shownKo() == null ? "" : a.shownKo());
    }

    /** Nested records, so the readable export can say each part in words (no MIME type, no ISO time). */
    private static Map<String, Object> attachment(AttachmentView f) {
        return ExportSection.record().put("fileName", f.fileName()).put("mediaType", f.mediaType())
                .put("sizeBytes", f.sizeBytes()).put("uploadedAt", f.uploadedAt()).build();
    }

    private static Map<String, Object> step(StepView s) {
        return ExportSection.record().put("at", s.at()).put("step", s.kind().name())
                .put("department", s.departmentKo()).put("officer", s.officerName())
                .put("note", s.note() == null || s.note().isBlank() ? null : s.note()).build();
    }
}
