package org.madang.services.application;

import org.madang.identity.application.Views.FamilyPerson;
import org.madang.identity.application.Views.FamilyRecordView;
import org.madang.platform.i18n.Texts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content of the family relations register's certificates from the register, not from the
 * form's answers: 기본증명서 (the person: registered domicile, name, birth date, sex) and
 * 가족관계증명서 (the same, then father, mother, spouse and children).
 */
final class FamilyCertificateContent {
    static final String BASIC = "BASIC_CERTIFICATE";
    static final String FAMILY = "FAMILY_RELATIONSHIP";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy. M. d.");
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    private FamilyCertificateContent() {
    }

    static boolean issues(String documentType) {
        return BASIC.equals(documentType) || FAMILY.equals(documentType);
    }

    /** @param extra the applicant's answers the certificate repeats (kind of certificate, purpose), in order */
    static List<IssueRequest.ContentLine> lines(String documentType, FamilyRecordView f,
                                                List<IssueRequest.ContentLine> extra) {
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(line("domicile", f.domicile() == null ? "—" : f.domicile()));
        if (FAMILY.equals(documentType)) {
            lines.add(line("self", person(f.person())));
            int child = 0;
            for (FamilyPerson r : f.relatives()) {
                if ("CHILD".equals(r.kind())) {
                    child++;
                    lines.add(new IssueRequest.ContentLine(text(KO, "services.certificate.family.CHILD", child),
                            text(EN, "services.certificate.family.CHILD", child), person(r)));
                } else {
                    lines.add(line(r.kind(), person(r)));
                }
            }
        } else {
            lines.add(line("name", f.person().name()));
            lines.add(line("birthDate", DAY.format(f.person().birthDate())));
            lines.add(line("sex", sex(f.person().sex())));
        }
        extra.stream().filter(l -> l != null).forEach(lines::add);
        return lines;
    }

    static String titleKo(String documentType) {
        return text(KO, "services.certificate.family.title." + documentType);
    }

    static String titleEn(String documentType) {
        return text(EN, "services.certificate.family.title." + documentType);
    }

    private static String person(FamilyPerson p) {
        return p.name() + " · " + DAY.format(p.birthDate()) + " · " + sex(p.sex());
    }

    private static String sex(String code) {
        return text(KO, "services.certificate.family.sex." + code) + " / " + text(EN, "services.certificate.family.sex." + code);
    }

    private static IssueRequest.ContentLine line(String key, String value) {
        return new IssueRequest.ContentLine(text(KO, "services.certificate.family." + key),
                text(EN, "services.certificate.family." + key), value);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Texts.format(locale, key, args);
    }
}
