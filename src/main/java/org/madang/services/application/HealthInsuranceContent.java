package org.madang.services.application;

import org.madang.identity.application.Views.InsurancePeriod;
import org.madang.identity.application.Views.InsuranceRecordView;
import org.madang.platform.i18n.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content of 건강보험 자격득실확인서 from the NHIS's record, not from the form's answers: the
 * insured person, then each period of coverage (kind, employer or household, acquired, lost), all
 * of them or only workplace coverage as the applicant asked.
 */
final class HealthInsuranceContent {
    static final String DOCUMENT_TYPE = "HEALTH_INSURANCE_ELIGIBILITY";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy. M. d.");
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    private HealthInsuranceContent() {
    }

    /** @param scope the applicant's answer: {@code ALL} or {@code WORKPLACE} */
    static List<IssueRequest.ContentLine> lines(InsuranceRecordView r, String name, String scope,
                                                IssueRequest.ContentLine purpose) {
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(new IssueRequest.ContentLine(text(KO, "services.certificate.insurance.name"),
                text(EN, "services.certificate.insurance.name"), name));
        int n = 0;
        for (InsurancePeriod p : r.periods()) {
            if ("WORKPLACE".equals(scope) && !"WORKPLACE".equals(p.kind())) {
                continue;
            }
            n++;
            lines.add(new IssueRequest.ContentLine(text(KO, "services.certificate.insurance.period", n),
                    text(EN, "services.certificate.insurance.period", n),
                    text(KO, "services.certificate.insurance.periodValue",
                            text(KO, "services.certificate.insurance.kind." + p.kind()), p.through(),
                            day(p.acquired()), p.lost() == null ? text(KO, "services.certificate.insurance.current")
                                    : day(p.lost()))));
        }
        if (purpose != null) {
            lines.add(purpose);
        }
        return lines;
    }

    static String titleKo() {
        return text(KO, "services.certificate.insurance.title");
    }

    static String titleEn() {
        return text(EN, "services.certificate.insurance.title");
    }

    private static String day(LocalDate d) {
        return DAY.format(d);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Texts.format(locale, key, args);
    }
}
