package org.madang.services.application;

import org.madang.platform.audit.AuditTargetSource;
import org.madang.platform.privacy.PersonalData;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.ApplicationStep;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.PaymentOrder;
import org.madang.services.domain.ProcessingPeriod;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Read models of applications, for the citizen's pages, the officer's workbench and the API. */
public final class ApplicationViews {
    private ApplicationViews() {
    }

    /** A line of "my applications": the citizen's own data. */
    public record ApplicationSummary(String reference, String number, long serviceId, String serviceNameKo,
                                     String serviceNameEn, ApplicationStatus status, Instant createdAt,
                                     Instant receivedAt, Instant dueAt, boolean paused, boolean delayed,
                                     long applicantId) implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return applicantId;
        }

        public String serviceName(String lang) {
            return "en".equals(lang) ? serviceNameEn : serviceNameKo;
        }
    }

    /** A line of a department's queue. No personal data on purpose: the applicant is not named. */
    public record CaseSummary(String number, long serviceId, String serviceNameKo, String serviceNameEn,
                              ApplicationStatus status, Instant receivedAt, Instant dueAt, boolean paused,
                              boolean overdue, boolean delayed, Long assigneeId, String assigneeName)
            implements Serializable {
        public String serviceName(String lang) {
            return "en".equals(lang) ? serviceNameEn : serviceNameKo;
        }
    }

    /** The department queue as shown: its cases, and whether it was cut at {@code limit} (more match). */
    public record CaseQueue(List<CaseSummary> cases, boolean cut, int limit) implements Serializable {
        public CaseQueue {
            cases = List.copyOf(cases);
        }
    }

    /** One step of the timeline, with the department's names resolved. */
    public record StepView(Instant at, ApplicationStep.Kind kind, ApplicationStatus statusAfter, String departmentKo,
                           String departmentEn, String officerName, String note, String groundKey,
                           String groundKo, String groundEn, Instant dueAt) implements Serializable {
        public String department(String lang) {
            return "en".equals(lang) ? departmentEn : departmentKo;
        }

        public String ground(String lang) {
            return "en".equals(lang) ? groundEn : groundKo;
        }
    }

    public record AttachmentView(long id, String fieldKey, Attachment.Purpose purpose, String fileName,
                                 String mediaType, long sizeBytes, Instant uploadedAt) implements Serializable {
    }

    /** An answer with its question, and the chosen option's label where the question has options. */
    public record AnswerLine(String key, String labelKo, String labelEn, String value, String shownKo,
                             String shownEn) implements Serializable {
        public String label(String lang) {
            return "en".equals(lang) ? labelEn : labelKo;
        }

        public String shown(String lang) {
            return "en".equals(lang) ? shownEn : shownKo;
        }
    }

    /** Where the processing clock stands, in the viewer's terms. */
    public record ClockView(ProcessingPeriod period, Instant receivedAt, Instant dueAt, Instant pausedAt,
                            long pausedMinutes, boolean overdue, Integer extendedBy, String extensionReason,
                            Instant delayedAt, String delayReason) implements Serializable {
        public boolean isPaused() {
            return pausedAt != null;
        }

        public boolean isDelayed() {
            return delayedAt != null;
        }
    }

    /**
     * An application as its owner sees it: everything but the internal notes. The service is the
     * catalogue entry (its names, legal grounds and document type).
     */
    public record ApplicationDetails(String reference, String number, ApplicationStatus status, ServiceView service,
                                     long applicantId, Long businessId, List<AnswerLine> answers,
                                     List<AttachmentView> attachments, List<StepView> steps, ClockView clock,
                                     String departmentKo, String departmentEn, String assigneeName,
                                     StepView supplementRequest, BigDecimal fee, PaymentOrder payment,
                                     List<IssuedDocumentView> documents, Instant createdAt, Instant decidedAt,
                                     String registrationNumber)
            implements PersonalData, AuditTargetSource, Serializable {
        /** The bundle key naming the number the approval created (사업자등록번호, …), or null. */
        public String registrationLabelKey() {
            return registrationNumber == null || service.registrationKind() == null ? null
                    : service.registrationKind().labelKey();
        }

        @Override
        public long dataSubjectId() {
            return applicantId;
        }

        @Override
        public String auditTarget() {
            return "application:" + reference;
        }

        public boolean isDraft() {
            return status == ApplicationStatus.DRAFT;
        }

        public boolean isWithdrawable() {
            return status == ApplicationStatus.DRAFT || status.isOpen();
        }

        public boolean isAwaitingSupplement() {
            return status == ApplicationStatus.AWAITING_SUPPLEMENT;
        }

        public boolean isApproved() {
            return status == ApplicationStatus.APPROVED;
        }

        public String department(String lang) {
            return "en".equals(lang) ? departmentEn : departmentKo;
        }
    }

    /** A note the department keeps on a case; never part of what the citizen can read. */
    public record NoteView(Instant at, String authorName, String text) implements Serializable {
    }

    /**
     * A case as its department sees it: the application, the applicant's name, the internal notes
     * and what the viewing officer may do now.
     */
    public record CaseDetails(ApplicationDetails application, String applicantName, List<NoteView> notes,
                              boolean mayClaim, boolean mayDecide, boolean supervisor, int maximumExtension,
                              boolean overdue) implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return application.applicantId();
        }
    }

    /** What submission gives back: the receipt (접수증) the confirmation page shows. */
    public record Receipt(String number, ApplicationStatus status, Instant receivedAt, Instant dueAt,
                          long departmentId, PaymentOrder payment) implements AuditTargetSource, Serializable {
        @Override
        public String auditTarget() {
            return "application:" + number;
        }
    }

    /** A file the citizen sends with a supplement answer. */
    public record Upload(String fileName, byte[] content) implements Serializable {
        public Upload {
            content = content == null ? new byte[0] : content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** An attachment's bytes, for the rights-checked download. */
    public record AttachmentFile(String fileName, String mediaType, byte[] content, long subjectId)
            implements PersonalData, Serializable {
        public AttachmentFile {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public long dataSubjectId() {
            return subjectId;
        }
    }

    /** A department a case may be transferred to, named in both languages. */
    public record TransferTarget(long id, String nameKo, String nameEn, String agencyNameKo, String agencyNameEn)
            implements Serializable {
    }

    /** A colleague in the caller's department (whom a supervisor may give a case to). */
    public record Colleague(long id, String name) implements Serializable {
    }
}
