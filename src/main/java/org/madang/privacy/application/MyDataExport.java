package org.madang.privacy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.madang.platform.audit.Audited;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.domain.AccessQuestion;
import org.madang.privacy.domain.Consent;
import org.madang.privacy.domain.DataRequest;
import org.madang.privacy.infrastructure.PrivacyRecords;
import org.madang.privacy.infrastructure.SubjectAccesses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Download my data": the sections every context contributes through {@link PersonalDataExporter}
 * (account, verification, mandates from identity; applications, inbox, participation as those
 * contexts add theirs), followed by privacy's own: consents, who read my data, my questions, my
 * requests and my settings. Only ever the caller's own data.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
@OwnDataOnly
public class MyDataExport {
    static final String LABELS = "privacy.export.field.";

    @Inject
    Instance<PersonalDataExporter> exporters;
    @Inject
    PrivacyRecords records;
    @Inject
    SubjectAccesses accesses;
    @Inject
    Readers readers;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @Audited("privacy.downloadMyData")
    public PersonalDataExport export() {
        long me = currentUser.accountId();
        Instant now = Instant.now(clock);
        List<ExportSection> sections = new ArrayList<>();
        for (PersonalDataExporter exporter : exporters) {
            sections.addAll(exporter.export(me));
        }
        sections.add(consents(me));
        sections.add(accessLog(me, now));
        sections.add(questions(me, now));
        sections.add(requests(me, now));
        sections.add(settings(me));
        return new PersonalDataExport(me, now, sections, accesses.countEmbargoed(me, now));
    }

    private ExportSection consents(long me) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Consent c : records.consentsOf(me)) {
            rows.add(ExportSection.record().put("scope", c.getScope()).put("recipientAgency", c.getRecipientAgency())
                    .put("purpose", c.getPurposeKey()).put("purposeReference", c.getPurposeReference())
                    .put("givenAt", c.getGivenAt()).put("withdrawable", c.isWithdrawable())
                    .put("legalBasis", c.getLegalBasisKey()).put("withdrawnAt", c.getWithdrawnAt()).build());
        }
        return new ExportSection("consents", "privacy.export.section.consents", LABELS, rows);
    }

    private ExportSection accessLog(long me, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        var memo = readers.memo();
        accesses.allVisible(me, now).forEach(e -> {
            PrivacyViews.AccessView v = readers.accessView(e, memo, null);
            rows.add(ExportSection.record().put("sequence", v.sequence()).put("occurredAt", v.occurredAt())
                    .put("agency", v.reader().agencyNameKo()).put("agencyEn", v.reader().agencyNameEn())
                    .put("department", v.reader().departmentNameKo())
                    .put("departmentEn", v.reader().departmentNameEn())
                    .put("reader", v.reader().name()).put("role", v.reader().role()).put("fields", v.fields())
                    .put("purpose", v.purposeKey()).put("purposeReference", v.purposeReference()).build());
        });
        return new ExportSection("accessLog", "privacy.export.section.accessLog", LABELS, rows);
    }

    private ExportSection questions(long me, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AccessQuestion q : records.questionsOf(me)) {
            rows.add(ExportSection.record().put("id", q.getId()).put("accessSequence", q.getAccessSequence())
                    .put("question", q.getQuestion()).put("askedAt", q.getAskedAt()).put("dueAt", q.getDueAt())
                    .put("overdue", q.isOverdue(now)).put("answer", q.getAnswer())
                    .put("answeredAt", q.getAnsweredAt()).put("answeredBy", q.getAnsweredByName()).build());
        }
        return new ExportSection("questions", "privacy.export.section.questions", LABELS, rows);
    }

    private ExportSection requests(long me, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DataRequest r : records.requestsOf(me)) {
            rows.add(ExportSection.record().put("id", r.getId()).put("kind", r.getKind().name())
                    .put("field", r.getField()).put("requestedChange", r.getRequestedChange())
                    .put("requestedAt", r.getRequestedAt()).put("status", r.getStatus().name())
                    .put("overdue", r.isOverdue(now)).put("decidedAt", r.getDecidedAt())
                    .put("decisionNote", r.getDecisionNote()).build());
        }
        return new ExportSection("requests", "privacy.export.section.requests", LABELS, rows);
    }

    private ExportSection settings(long me) {
        boolean alerts = records.preference(me).map(p -> p.isAlertOnRead()).orElse(false);
        return new ExportSection("privacySettings", "privacy.export.section.privacySettings", LABELS,
                List.of(ExportSection.record().put("alertOnRead", alerts).build()));
    }
}
