package org.madang.services.bundle.application;

import org.madang.platform.audit.AuditTargetSource;
import org.madang.platform.privacy.PersonalData;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.ServiceView;
import org.madang.services.bundle.domain.BundleProgress;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Read models of bundles and filings, for the representative's pages and the API. */
public final class BundleViews {
    private BundleViews() {
    }

    /** A part of a bundle: the service, the part it waits for, and the questions only it asks. */
    public record PartSpec(int position, ServiceView service, Integer requiresPosition,
                           List<FieldDefinition> ownFields) implements Serializable {
        public String serviceName(String lang) {
            return "en".equals(lang) ? service.nameEn() : service.nameKo();
        }
    }

    /** A bundle as offered: what it is, the questions it asks once and its parts. */
    public record BundleView(long id, String code, String nameKo, String nameEn, String summaryKo, String summaryEn,
                             List<FieldDefinition> sharedFields, List<PartSpec> parts) implements Serializable {
        public String name(String lang) {
            return "en".equals(lang) ? nameEn : nameKo;
        }

        public String summary(String lang) {
            return "en".equals(lang) ? summaryEn : summaryKo;
        }

        public PartSpec part(int position) {
            return parts.stream().filter(p -> p.position() == position).findFirst().orElseThrow();
        }
    }

    /** One part of a filing: its application as the owner sees it (status, timeline, clock). */
    public record PartStatus(int position, Integer requiresPosition, ApplicationDetails application)
            implements Serializable {
        public boolean isWaiting() {
            return application.status() == org.madang.services.domain.ApplicationStatus.AWAITING_PREREQUISITE;
        }
    }

    /** A filing in full, for its owner. */
    public record FilingDetails(String reference, String number, String draftKey, BundleView bundle, long applicantId,
                                long businessId, Map<String, String> sharedAnswers, List<PartStatus> parts,
                                BundleProgress progress, Instant submittedAt, Instant dueAt)
            implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return applicantId;
        }

        public boolean isDraft() {
            return submittedAt == null;
        }

        public PartStatus part(int position) {
            return parts.stream().filter(p -> p.position() == position).findFirst().orElseThrow();
        }

        /** Submitted, with a part that is not decided yet (in a queue, or held for another part). */
        public boolean isWithdrawable() {
            return !isDraft() && parts.stream().anyMatch(p -> BundleViews.isWithdrawable(p.application().status()));
        }
    }

    /** A part the representative may still withdraw. */
    public static boolean isWithdrawable(org.madang.services.domain.ApplicationStatus s) {
        return s.isOpen() || s == org.madang.services.domain.ApplicationStatus.AWAITING_PREREQUISITE;
    }

    /** A case seen by its department: part {@code position} of {@code total} of a filing. */
    public record CasePart(String filingNumber, String bundleNameKo, String bundleNameEn, int position, int total,
                           String afterKo, String afterEn) implements Serializable {
        public String bundleName(String lang) {
            return "en".equals(lang) ? bundleNameEn : bundleNameKo;
        }

        /** The part this one was filed after (approved first), or null. */
        public String after(String lang) {
            return "en".equals(lang) ? afterEn : afterKo;
        }
    }

    /** A line of "my bundle filings". */
    public record FilingSummary(String reference, String bundleNameKo, String bundleNameEn, BundleProgress progress,
                                Instant createdAt, Instant submittedAt, Instant dueAt, long applicantId)
            implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return applicantId;
        }

        public String bundleName(String lang) {
            return "en".equals(lang) ? bundleNameEn : bundleNameKo;
        }
    }

    /** What filing gives back: the one receipt number, and where the parts stand. */
    public record BundleReceipt(String number, BundleProgress progress, Instant submittedAt, Instant dueAt,
                                List<String> partNumbers) implements AuditTargetSource, Serializable {
        @Override
        public String auditTarget() {
            return "bundle:" + number;
        }
    }

    /** A business the caller represents and may file for. */
    public record RepresentedBusiness(long businessId, String businessName, String registrationNumber,
                                      long representativeId) implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return representativeId;
        }
    }
}
