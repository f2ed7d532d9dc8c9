package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.platform.i18n.Texts;
import org.madang.services.domain.Application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issues the result document of an approved application through the certificate service (its
 * issuance number, QR code and hash are that service's): the certificate itself for a service
 * that issues one, otherwise a notice of the decision (처리결과 통지서), so every approval leaves
 * the citizen a document a third party can verify.
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

    void issue(Application a) {
        ServiceView s = catalogue.get(a.getServiceId());
        boolean certificate = s.documentTypeKey() != null && !s.documentTypeKey().isBlank();
        List<IssueRequest.ContentLine> lines = new ArrayList<>();
        lines.add(new IssueRequest.ContentLine(text(KO, "services.application.document.service"),
                text(EN, "services.application.document.service"), cut(s.nameKo() + " / " + s.nameEn(), 500)));
        for (ApplicationViews.AnswerLine l : ApplicationReadModels.answers(a, catalogue.form(a.getServiceId()))) {
            if (lines.size() >= MAX_LINES) {
                break;
            }
            lines.add(new IssueRequest.ContentLine(cut(l.labelKo(), 100), cut(l.labelEn(), 100), cut(l.shownKo(), 500)));
        }
        certificates.issue(new IssueRequest(a.reference(), a.getApplicantId(), a.getAssignment().getDepartmentId(),
                certificate ? s.documentTypeKey() : DECISION_NOTICE,
                cut(certificate ? s.nameKo() : text(KO, "services.application.document.decision", s.nameKo()), 200),
                cut(certificate ? s.nameEn() : text(EN, "services.application.document.decision", s.nameEn()), 200),
                a.getApplicantName(), lines, "ko"));
    }

    private static String text(Locale locale, String key, Object... args) {
        return Texts.format(locale, key, args);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
