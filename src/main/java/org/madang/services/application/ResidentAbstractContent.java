package org.madang.services.application;

import org.madang.identity.application.Views.HouseholdMember;
import org.madang.identity.application.Views.HouseholdRecord;
import org.madang.identity.application.Views.PastAddress;
import org.madang.platform.i18n.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content of 주민등록표 초본 from what the resident registry holds: one person, not the
 * household — their name and birth date, the current address with its move-in date, their
 * relationship to the head of the household, and the address history as asked ("last five years"
 * or "all"). Household members other than the person are never printed on an abstract.
 */
final class ResidentAbstractContent {
    static final String DOCUMENT_TYPE = "RESIDENT_REGISTRATION_ABSTRACT";
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    private ResidentAbstractContent() {
    }

    /**
     * @param name           the person the abstract is about (the applicant, as the registry names them)
     * @param addressHistory the applicant's answer: {@code LAST5} or {@code ALL}
     * @param purpose        the purpose line of the application, printed last (or null)
     */
    static List<IssueRequest.ContentLine> lines(HouseholdRecord h, String name, String addressHistory,
                                                LocalDate today, IssueRequest.ContentLine purpose) {
        HouseholdMember self = h.members().stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(line("name", name));
        if (self != null) {
            lines.add(line("birthDate", day(self.birthDate())));
        }
        lines.add(line("address", h.address()));
        if (self != null) {
            lines.add(line("movedIn", day(self.movedIn())));
            lines.add(new IssueRequest.ContentLine(text(KO, "services.certificate.abstract.relationship"),
                    text(EN, "services.certificate.abstract.relationship"),
                    text(KO, "services.certificate.registry.relationship." + self.relationship()) + " / "
                            + text(EN, "services.certificate.registry.relationship." + self.relationship())));
        }
        List<PastAddress> past = h.pastAddresses().stream()
                .filter(p -> "ALL".equals(addressHistory)
                        || (p.movedOut() != null && p.movedOut().isAfter(today.minusYears(5))))
                .toList();
        lines.addAll(ResidentCertificateContent.pastAddressLines(past));
        if (past.isEmpty()) {
            lines.add(line("noPast", text(KO, "services.certificate.abstract.noPastValue")));
        }
        if (purpose != null) {
            lines.add(purpose);
        }
        return lines;
    }

    static String titleKo() {
        return text(KO, "services.certificate.abstract.title");
    }

    static String titleEn() {
        return text(EN, "services.certificate.abstract.title");
    }

    private static IssueRequest.ContentLine line(String key, String value) {
        return new IssueRequest.ContentLine(text(KO, "services.certificate.abstract." + key),
                text(EN, "services.certificate.abstract." + key), value == null ? "" : value);
    }

    private static String day(LocalDate d) {
        return ResidentCertificateContent.day(d);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Texts.format(locale, key, args);
    }
}
