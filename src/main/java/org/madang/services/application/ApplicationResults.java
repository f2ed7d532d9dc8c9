package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.platform.i18n.Texts;
import org.madang.services.domain.Application;
import org.madang.services.domain.RegistrationKind;
import org.madang.services.infrastructure.ApplicationRepository;

import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.RegistryExtracts;
import org.madang.identity.application.Views;
import org.madang.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an approval leaves: the number it creates in a register, for a service that creates one
 * (사업자등록번호, 신고번호), and the result document issued through the certificate service (its
 * issuance number, QR code and hash are that service's): the certificate itself for a service
 * that issues one, otherwise a notice of the decision (처리결과 통지서) that states that number, so
 * every approval leaves the citizen a document a third party can verify.
 */
@ApplicationScoped
public class ApplicationResults {
    static final int MAX_LINES = 40;
    /** The document type of a decision notice, for services that issue no certificate of their own. */
    public static final String DECISION_NOTICE = "DECISION_NOTICE";
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    @Inject
    CertificateIssuance certificates;
    @Inject
    Catalogue catalogue;
    @Inject
    AccountSelfService accounts;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;
    @Inject
    AgencyNames names;
    @Inject
    ApplicationRepository applications;
    @Inject
    RegistryExtracts registry;

    void issue(Application a) {
        ServiceView s = catalogue.get(a.getServiceId());
        register(a, s);
        boolean certificate = s.documentTypeKey() != null && !s.documentTypeKey().isBlank();
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(new IssueRequest.ContentLine(text(KO, "services.application.document.service"),
                text(EN, "services.application.document.service"), cut(s.nameKo() + " / " + s.nameEn(), 500)));
        if (!certificate) {
            decision(a, s).forEach(lines::add);
        }
        for (ApplicationViews.AnswerLine l : ApplicationReadModels.answers(a, catalogue.form(a.getServiceId()))) {
            if (lines.size() >= MAX_LINES) {
                break;
            }
            lines.add(new IssueRequest.ContentLine(cut(l.labelKo(), 100), cut(l.labelEn(), 100), cut(l.shownKo(), 500)));
        }
        Optional<Views.HouseholdRecord> household = registryHousehold(a, s);
        if (household.isPresent()) {
            IssueRequest.ContentLine purpose = purpose(a, lines);
            LocalDate today = LocalDate.ofInstant(Instant.now(clock), zone);
            String history = a.getAnswers().get("addressHistory");
            boolean abstractOnly = ResidentAbstractContent.DOCUMENT_TYPE.equals(s.documentTypeKey());
            certificates.issue(new IssueRequest(a.reference(), a.getApplicantId(), a.getAssignment().getDepartmentId(),
                    s.documentTypeKey(),
                    abstractOnly ? ResidentAbstractContent.titleKo() : ResidentCertificateContent.titleKo(),
                    abstractOnly ? ResidentAbstractContent.titleEn() : ResidentCertificateContent.titleEn(),
                    a.getApplicantName(), abstractOnly
                    ? ResidentAbstractContent.lines(household.get(), a.getApplicantName(), history, today, purpose)
                    : ResidentCertificateContent.lines(household.get(), history, today, purpose), "ko"));
            return;
        }
        Optional<Views.FamilyRecordView> family = registryFamily(a, s);
        if (family.isPresent()) {
            certificates.issue(new IssueRequest(a.reference(), a.getApplicantId(), a.getAssignment().getDepartmentId(),
                    s.documentTypeKey(), FamilyCertificateContent.titleKo(s.documentTypeKey()),
                    FamilyCertificateContent.titleEn(s.documentTypeKey()), a.getApplicantName(),
                    FamilyCertificateContent.lines(s.documentTypeKey(), family.get(),
                            List.of(answer(a, lines, "kind"), purpose(a, lines)).stream()
                                    .filter(java.util.Objects::nonNull).toList()), "ko"));
            return;
        }
        Optional<Views.InsuranceRecordView> insurance = HealthInsuranceContent.DOCUMENT_TYPE.equals(s.documentTypeKey())
                && isApplicant(a) ? accounts.myHealthInsurance() : Optional.empty();
        if (insurance.isPresent()) {
            certificates.issue(new IssueRequest(a.reference(), a.getApplicantId(), a.getAssignment().getDepartmentId(),
                    s.documentTypeKey(), HealthInsuranceContent.titleKo(), HealthInsuranceContent.titleEn(),
                    a.getApplicantName(), HealthInsuranceContent.lines(insurance.get(), a.getApplicantName(),
                    a.getAnswers().get("scope"), purpose(a, lines)), "ko"));
            return;
        }
        Optional<RegistryExtracts.BusinessExtract> business = registeredBusiness(a, s);
        if (business.isPresent()) {
            certificates.issue(new IssueRequest(a.reference(), a.getApplicantId(), a.getAssignment().getDepartmentId(),
                    s.documentTypeKey(), BusinessCertificateContent.titleKo(), BusinessCertificateContent.titleEn(),
                    a.getApplicantName(), BusinessCertificateContent.lines(business.get(), a.getApplicantName(), zone,
                    purpose(a, lines)), "ko"));
            return;
        }
        certificates.issue(new IssueRequest(a.reference(), a.getApplicantId(), a.getAssignment().getDepartmentId(),
                certificate ? s.documentTypeKey() : DECISION_NOTICE,
                cut(certificate ? s.nameKo() : text(KO, "services.application.document.decision", s.nameKo()), 200),
                cut(certificate ? s.nameEn() : text(EN, "services.application.document.decision", s.nameEn()), 200),
                a.getApplicantName(), lines, "ko"));
    }

    /**
     * The registry's record of the household, for a 주민등록표 등본 or 초본 issued to the person asking
     * for it (instant issuance: the caller is the applicant, so this is a read of one's own data).
     */
    private Optional<Views.HouseholdRecord> registryHousehold(Application a, ServiceView s) {
        if (!ResidentCertificateContent.DOCUMENT_TYPE.equals(s.documentTypeKey())
                && !ResidentAbstractContent.DOCUMENT_TYPE.equals(s.documentTypeKey())
                || currentUser.findAccountId().filter(id -> id == a.getApplicantId()).isEmpty()) {
            return Optional.empty();
        }
        return accounts.myHousehold();
    }

    /**
     * The business register's record, for a 사업자등록증명 applied for on behalf of a business (the
     * officer approving it reads the register, as at the counter).
     */
    private Optional<RegistryExtracts.BusinessExtract> registeredBusiness(Application a, ServiceView s) {
        if (!BusinessCertificateContent.DOCUMENT_TYPE.equals(s.documentTypeKey()) || a.getBusinessId() == null) {
            return Optional.empty();
        }
        return registry.businessRegistration(a.getBusinessId());
    }

    /** The family relations register's record of the applicant, for their own instant certificate. */
    private Optional<Views.FamilyRecordView> registryFamily(Application a, ServiceView s) {
        if (!FamilyCertificateContent.issues(s.documentTypeKey()) || !isApplicant(a)) {
            return Optional.empty();
        }
        return accounts.myFamilyRecord();
    }

    /** Whether the caller is the applicant (an instant certificate: a read of one's own records). */
    private boolean isApplicant(Application a) {
        return currentUser.findAccountId().filter(id -> id == a.getApplicantId()).isPresent();
    }

    /** The purpose line among the answers (printed last on a certificate), or null. */
    private IssueRequest.ContentLine purpose(Application a, List<IssueRequest.ContentLine> lines) {
        return answer(a, lines, "purpose");
    }

    /** The answer line of one question of the form, or null. */
    private IssueRequest.ContentLine answer(Application a, List<IssueRequest.ContentLine> lines, String key) {
        String label = catalogue.form(a.getServiceId()).fields().stream().filter(f -> key.equals(f.key()))
                .map(FieldDefinition::labelEn).findFirst().orElse(null);
        return label == null ? null
                : lines.stream().skip(1).filter(l -> l.labelEn().equals(label)).findFirst().orElse(null);
    }

    /** Enters the approved applicant in the service's register: the next number of that register. */
    private void register(Application a, ServiceView s) {
        RegistrationKind kind = s.registrationKind();
        if (kind == null || a.getRegistrationNumber() != null) {
            return;
        }
        Instant decided = a.getDecidedAt() == null ? Instant.now(clock) : a.getDecidedAt();
        Year year = Year.from(LocalDate.ofInstant(decided, zone));
        long serial = applications.nextRegistrationSerial(kind.name(), s.registrationPrefix(),
                kind.carriesYear() ? year.getValue() : 0);
        a.registered(kind.number(s.registrationPrefix(), serial, year));
    }

    /**
     * What a result notice states first: the decision, its date, the deciding department and
     * officer, and the number the approval created.
     */
    private List<IssueRequest.ContentLine> decision(Application a, ServiceView s) {
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(line("decisionLabel", text(KO, "services.application.document.approved")
                + " / " + text(EN, "services.application.document.approved")));
        Instant decided = a.getDecidedAt() == null ? Instant.now(clock) : a.getDecidedAt();
        lines.add(line("decidedOn", DateTimeFormatter.ofPattern("yyyy. M. d.")
                .format(LocalDate.ofInstant(decided, zone))));
        Long department = a.getAssignment().getDepartmentId();
        names.department(department == null ? 0 : department)
                .ifPresent(n -> lines.add(line("department", cut(n.ko() + " / " + n.en(), 500))));
        if (a.getAssignment().getAssigneeName() != null) {
            lines.add(line("officer", cut(a.getAssignment().getAssigneeName(), 500)));
        }
        if (a.getRegistrationNumber() != null) {
            String key = s.registrationKind().labelKey();
            lines.add(new IssueRequest.ContentLine(text(KO, key), text(EN, key), a.getRegistrationNumber()));
        }
        return lines;
    }

    private static IssueRequest.ContentLine line(String key, String value) {
        return new IssueRequest.ContentLine(text(KO, "services.application.document." + key),
                text(EN, "services.application.document." + key), value);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Texts.format(locale, key, args);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
