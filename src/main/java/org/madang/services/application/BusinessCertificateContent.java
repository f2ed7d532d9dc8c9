package org.madang.services.application;

import org.madang.identity.application.RegistryExtracts.BusinessExtract;
import org.madang.platform.i18n.Texts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content of 사업자등록증명 from the business register, not from the form's answers: the
 * registered name, number and place of business and the date of registration, then who applied
 * for it on the business's behalf and the purpose.
 */
final class BusinessCertificateContent {
    static final String DOCUMENT_TYPE = "BUSINESS_REGISTRATION";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy. M. d.");
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    private BusinessCertificateContent() {
    }

    static List<IssueRequest.ContentLine> lines(BusinessExtract b, String applicantName, ZoneId zone,
                                                IssueRequest.ContentLine purpose) {
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(line("name", b.name()));
        lines.add(line("number", b.registrationNumber()));
        lines.add(line("address", b.address()));
        lines.add(line("registeredOn", b.registeredAt() == null ? "—"
                : DAY.format(LocalDate.ofInstant(b.registeredAt(), zone))));
        lines.add(line("applicant", applicantName));
        if (purpose != null) {
            lines.add(purpose);
        }
        return lines;
    }

    static String titleKo() {
        return text(KO, "services.certificate.business.title");
    }

    static String titleEn() {
        return text(EN, "services.certificate.business.title");
    }

    private static IssueRequest.ContentLine line(String key, String value) {
        return new IssueRequest.ContentLine(text(KO, "services.certificate.business." + key),
                text(EN, "services.certificate.business." + key), value == null ? "" : value);
    }

    private static String text(Locale locale, String key) {
        return Texts.format(locale, key);
    }
}
