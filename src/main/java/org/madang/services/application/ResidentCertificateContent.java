package org.madang.services.application;

import org.madang.identity.application.Views.HouseholdMember;
import org.madang.identity.application.Views.HouseholdRecord;
import org.madang.identity.application.Views.PastAddress;
import org.madang.platform.i18n.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content of 주민등록표 등본 from what the resident registry holds, not from the form's
 * answers: the household's address, the head, each member with relationship, birth date and
 * move-in date, and past addresses as the applicant asked ("last five years", "all" or none).
 */
final class ResidentCertificateContent {
    static final String DOCUMENT_TYPE = "RESIDENT_REGISTRATION";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy. M. d.");
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    private ResidentCertificateContent() {
    }

    /**
     * @param addressHistory the applicant's answer: {@code NONE}, {@code LAST5} or {@code ALL}
     * @param purpose        the purpose line of the application, printed last (or null)
     */
    static List<IssueRequest.ContentLine> lines(HouseholdRecord h, String addressHistory, LocalDate today,
                                                IssueRequest.ContentLine purpose) {
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(line("address", h.address()));
        int n = 0;
        for (HouseholdMember m : h.members()) {
            if ("HEAD".equals(m.relationship())) {
                lines.add(line("head", m.name()));
            }
        }
        for (HouseholdMember m : h.members()) {
            n++;
            lines.add(new IssueRequest.ContentLine(text(KO, "services.certificate.registry.member", n),
                    text(EN, "services.certificate.registry.member", n),
                    text(KO, "services.certificate.registry.memberValue", m.name(),
                            text(KO, "services.certificate.registry.relationship." + m.relationship()),
                            text(EN, "services.certificate.registry.relationship." + m.relationship()),
                            day(m.birthDate()), day(m.movedIn()))));
        }
        List<PastAddress> past = h.pastAddresses().stream()
                .filter(p -> "ALL".equals(addressHistory)
                        || ("LAST5".equals(addressHistory) && p.movedOut() != null
                        && p.movedOut().isAfter(today.minusYears(5))))
                .toList();
        lines.addAll(pastAddressLines(past));
        if (purpose != null) {
            lines.add(purpose);
        }
        return lines;
    }

    /** Past addresses, numbered, as the 등본 and the 초본 both print them. */
    static List<IssueRequest.ContentLine> pastAddressLines(List<PastAddress> past) {
        List<IssueRequest.ContentLine> out = new ArrayList<>();
        int k = 0;
        for (PastAddress p : past) {
            k++;
            out.add(new IssueRequest.ContentLine(text(KO, "services.certificate.registry.past", k),
                    text(EN, "services.certificate.registry.past", k),
                    text(KO, "services.certificate.registry.pastValue", p.address(), day(p.movedIn()), day(p.movedOut()))));
        }
        return out;
    }

    static String titleKo() {
        return text(KO, "services.certificate.registry.title");
    }

    static String titleEn() {
        return text(EN, "services.certificate.registry.title");
    }

    private static IssueRequest.ContentLine line(String key, String value) {
        return new IssueRequest.ContentLine(text(KO, "services.certificate.registry." + key),
                text(EN, "services.certificate.registry." + key), value == null ? "" : value);
    }

    static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Texts.format(locale, key, args);
    }
}
