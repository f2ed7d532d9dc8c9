package org.madang.privacy.application;

import org.madang.platform.privacy.PersonalData;
import org.madang.privacy.domain.AccessEmbargo;
import org.madang.privacy.domain.AccessLogEntry;
import org.madang.privacy.domain.AccessQuestion;
import org.madang.privacy.domain.Consent;
import org.madang.privacy.domain.DataRequest;
import org.madang.privacy.domain.ReadPurposes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Read models the privacy services hand to pages and the API (never entities). */
public final class PrivacyViews {
    private PrivacyViews() {
    }

    /** Who did the reading, in names: agency, department (none for a portal administrator), person, role. */
    public record Reader(String agencyCode, String agencyNameKo, String agencyNameEn, String departmentNameKo,
                         String departmentNameEn, String name, String role) implements Serializable {
        static Reader of(ActorDirectory.Unit unit, String name, String role) {
            return new Reader(unit.agencyCode(), unit.agencyNameKo(), unit.agencyNameEn(),
                    unit.departmentId() == null ? null : unit.departmentNameKo(),
                    unit.departmentId() == null ? null : unit.departmentNameEn(), name, role);
        }

        public String agencyName(Locale l) {
            return "en".equals(l.getLanguage()) ? agencyNameEn : agencyNameKo;
        }

        /** The department, or null for a portal administrator (who works for no department). */
        public String departmentName(Locale l) {
            return "en".equals(l.getLanguage()) ? departmentNameEn : departmentNameKo;
        }

        public boolean isPortalAdministration() {
            return departmentNameKo == null;
        }
    }

    /** One read of my data, as I am shown it. */
    public record AccessView(long sequence, long subjectAccountId, Instant occurredAt, Reader reader,
                             List<String> fields, String purposeKey, String purposeReference,
                             boolean ownApplication, Long openQuestionId) implements PersonalData, Serializable {
        public AccessView {
            fields = List.copyOf(fields);
        }

        static AccessView of(AccessLogEntry e, Reader reader, Long openQuestionId) {
            return new AccessView(e.getSequence(), e.getSubjectAccountId(), e.getOccurredAt(), reader, e.fieldList(),
                    e.getPurposeKey(), e.getPurposeReference(), ReadPurposes.servesOwnApplication(e.getPurposeKey()),
                    openQuestionId);
        }

        @Override
        public long dataSubjectId() {
            return subjectAccountId;
        }
    }

    /** An agency in the "read by" filter; {@code code} is null for portal administrators. */
    public record AgencyOption(String code, String nameKo, String nameEn, boolean portalAdministration)
            implements Serializable {
        /** The value the filter sends: the agency code, or "-" for portal administration. */
        public String value() {
            return portalAdministration ? PORTAL : code;
        }

        public String name(Locale l) {
            return "en".equals(l.getLanguage()) ? nameEn : nameKo;
        }

        public static final String PORTAL = "-";
    }

    /** My question about one read, with its answer once given. */
    public record QuestionView(long id, long subjectAccountId, long accessSequence, AccessView access, String question,
                               Instant askedAt, Instant dueAt, boolean overdue, String status, String answer,
                               Instant answeredAt, String answeredByName, boolean answeredLate)
            implements PersonalData, Serializable {
        static QuestionView of(AccessQuestion q, AccessView access, Instant now) {
            return new QuestionView(q.getId(), q.getSubjectAccountId(), q.getAccessSequence(), access, q.getQuestion(),
                    q.getAskedAt(), q.getDueAt(), q.isOverdue(now), q.getStatus().name(), q.getAnswer(),
                    q.getAnsweredAt(), q.getAnsweredByName(), q.wasAnsweredLate());
        }

        @Override
        public long dataSubjectId() {
            return subjectAccountId;
        }

        public boolean isAnswered() {
            return answer != null;
        }
    }

    /** A question in the privacy officer's list: when, how urgent, about whose read; not the citizen's words. */
    public record QuestionSummary(long id, Instant askedAt, Instant dueAt, boolean overdue, String status,
                                  boolean answered, String readerName, Instant readAt, String agencyCode)
            implements Serializable {
        static QuestionSummary of(AccessQuestion q, AccessLogEntry e, Instant now) {
            return new QuestionSummary(q.getId(), q.getAskedAt(), q.getDueAt(), q.isOverdue(now), q.getStatus().name(),
                    q.isAnswered(), e == null ? "" : e.getActorName(), e == null ? null : e.getOccurredAt(),
                    q.getAgencyCode());
        }
    }

    /** A question opened by the privacy officer to answer it: reading it is logged for the citizen. */
    public record QuestionDetails(QuestionView question, String readerActorId) implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return question.subjectAccountId();
        }
    }

    public record ConsentView(long id, long accountId, String scope, String recipientAgency, String recipientNameKo,
                              String recipientNameEn, String purposeKey, String purposeReference, Instant givenAt,
                              boolean withdrawable, String legalBasisKey, Instant withdrawnAt)
            implements PersonalData, Serializable {
        static ConsentView of(Consent c, ActorDirectory.Unit recipient) {
            return new ConsentView(c.getId(), c.getAccountId(), c.getScope(), c.getRecipientAgency(),
                    recipient == null ? null : recipient.agencyNameKo(),
                    recipient == null ? null : recipient.agencyNameEn(), c.getPurposeKey(), c.getPurposeReference(),
                    c.getGivenAt(), c.isWithdrawable(), c.getLegalBasisKey(), c.getWithdrawnAt());
        }

        @Override
        public long dataSubjectId() {
            return accountId;
        }

        public boolean isActive() {
            return withdrawnAt == null;
        }

        public String recipientName(Locale l) {
            return "en".equals(l.getLanguage()) ? recipientNameEn : recipientNameKo;
        }
    }

    /** A correction or deletion request, as its author or the decider sees it. */
    public record RequestView(long id, long accountId, String kind, String field, String requestedChange,
                              Instant requestedAt, Instant dueAt, boolean overdue, String status, Instant decidedAt,
                              String decidedByName, String decisionNote) implements PersonalData, Serializable {
        static RequestView of(DataRequest r, Instant now) {
            return new RequestView(r.getId(), r.getAccountId(), r.getKind().name(), r.getField(),
                    r.getRequestedChange(), r.getRequestedAt(), r.getDueAt(), r.isOverdue(now), r.getStatus().name(),
                    r.getDecidedAt(), r.getDecidedByName(), r.getDecisionNote());
        }

        @Override
        public long dataSubjectId() {
            return accountId;
        }

        public boolean isOpen() {
            return DataRequest.Status.OPEN.name().equals(status);
        }
    }

    /** A correction request in the deciders' list: which field, how urgent; not the person's words. */
    public record RequestSummary(long id, String field, Instant requestedAt, Instant dueAt, boolean overdue,
                                 String status, boolean open) implements Serializable {
        static RequestSummary of(DataRequest r, Instant now) {
            return new RequestSummary(r.getId(), r.getField(), r.getRequestedAt(), r.getDueAt(), r.isOverdue(now),
                    r.getStatus().name(), r.isOpen());
        }
    }

    public record EmbargoView(long id, long accessSequence, long subjectAccountId, String caseReference,
                              String reason, String flaggedBy, Instant flaggedAt, Instant liftsAt)
            implements Serializable {
        static EmbargoView of(AccessEmbargo b) {
            return new EmbargoView(b.getId(), b.getAccessSequence(), b.getSubjectAccountId(), b.getCaseReference(),
                    b.getReason(), b.getFlaggedBy(), b.getFlaggedAt(), b.getLiftsAt());
        }
    }
}
