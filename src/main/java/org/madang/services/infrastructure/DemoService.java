package org.madang.services.infrastructure;

import org.madang.services.domain.Bilingual;
import org.madang.services.domain.CivilService;
import org.madang.services.domain.FieldOption;
import org.madang.services.domain.FieldType;
import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ProcessingPeriod;
import org.madang.services.domain.RegistrationKind;
import org.madang.services.domain.ServiceCategory;
import org.madang.services.domain.ServiceFormField;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One demo service as written in the demo catalogue classes: a readable builder that becomes a
 * {@link CivilService} once its department code is resolved to identity's department id. Values
 * the published sources did not give are plausible examples; the service page says so.
 */
final class DemoService {
    final String code;
    final String agencyCode;
    final String departmentCode;
    private final ServiceCategory category;
    private final Bilingual name;
    private final ProcessingPeriod period;
    private final long feeWon;
    private Bilingual summary;
    private Bilingual eligibility;
    private Bilingual howToApply;
    private final List<Bilingual> documents = new ArrayList<>();
    private final List<LifeEvent> events = new ArrayList<>();
    private final List<String[]> grounds = new ArrayList<>();
    private final List<ServiceFormField.Spec> fields = new ArrayList<>();
    private String source;
    private String documentType;
    private String certificateType;
    private boolean verifiedResidentsOnly;
    private RegistrationKind registrationKind;
    private String registrationPrefix;

    private DemoService(String code, ServiceCategory category, String agencyCode, String departmentCode,
                        ProcessingPeriod period, long feeWon, Bilingual name) {
        this.code = code;
        this.category = category;
        this.agencyCode = agencyCode;
        this.departmentCode = departmentCode;
        this.period = period;
        this.feeWon = feeWon;
        this.name = name;
    }

    static DemoService service(String code, ServiceCategory category, String agency, String department,
                               ProcessingPeriod period, long feeWon, String nameKo, String nameEn) {
        return new DemoService(code, category, agency, department, period, feeWon, Bilingual.of(nameKo, nameEn));
    }

    DemoService summary(String ko, String en) {
        summary = Bilingual.of(ko, en);
        return this;
    }

    DemoService eligibility(String ko, String en) {
        eligibility = Bilingual.of(ko, en);
        return this;
    }

    DemoService howToApply(String ko, String en) {
        howToApply = Bilingual.of(ko, en);
        return this;
    }

    DemoService document(String ko, String en) {
        documents.add(Bilingual.of(ko, en));
        return this;
    }

    DemoService events(LifeEvent... e) {
        events.addAll(Arrays.asList(e));
        return this;
    }

    DemoService ground(String key, String ko, String en) {
        grounds.add(new String[]{key, ko, en});
        return this;
    }

    /** The grounds almost every service shares (Civil Petitions Treatment Act). */
    DemoService commonGrounds() {
        return ground("SUPPLEMENT_NOT_PROVIDED",
                "「민원 처리에 관한 법률」 제22조: 정해진 기간 내에 보완 요구에 응하지 않음",
                "Civil Petitions Treatment Act, art. 22: the requested supplement was not provided in time")
                .ground("NOT_ELIGIBLE", "관계 법령이 정한 신청 요건을 갖추지 못함",
                        "The application does not meet the requirements of the governing law")
                .ground("FALSE_STATEMENT", "신청 내용이 사실과 다르거나 거짓으로 확인됨",
                        "The application was found to contain false or inaccurate statements");
    }

    DemoService field(ServiceFormField.Spec spec) {
        fields.add(spec);
        return this;
    }

    DemoService source(String url) {
        source = url;
        return this;
    }

    DemoService instantIssuance(String documentTypeKey, boolean toVerifiedResidentsOnly) {
        documentType = documentTypeKey;
        verifiedResidentsOnly = toVerifiedResidentsOnly;
        return this;
    }

    /** An officer's approval issues this kind of certificate (not issued instantly). */
    DemoService certificate(String documentTypeKey) {
        certificateType = documentTypeKey;
        return this;
    }

    DemoService registersAs(RegistrationKind kind, String prefix) {
        registrationKind = kind;
        registrationPrefix = prefix;
        return this;
    }

    int fieldCount() {
        return fields.size();
    }

    CivilService build(long departmentId, Instant now) {
        CivilService s = new CivilService(code, category, name, agencyCode, departmentId, period,
                BigDecimal.valueOf(feeWon), now)
                .describe(summary, eligibility, howToApply, now)
                .concerns(events.toArray(LifeEvent[]::new))
                .citing(source);
        documents.forEach(s::requireDocument);
        grounds.forEach(g -> s.mayBeRejectedFor(g[0], Bilingual.of(g[1], g[2])));
        fields.forEach(s::addField);
        if (documentType != null) {
            s.issuedInstantly(documentType, verifiedResidentsOnly);
        }
        if (certificateType != null) {
            s.certifiesAs(certificateType);
        }
        if (registrationKind != null) {
            s.registersAs(registrationKind, registrationPrefix);
        }
        return s;
    }

    // --- questions -------------------------------------------------------------------------

    static ServiceFormField.Spec text(String key, int page, boolean required, String ko, String en) {
        return new ServiceFormField.Spec(key, FieldType.TEXT, required, null, 200, Bilingual.of(ko, en), null, page, null);
    }

    static ServiceFormField.Spec text(String key, int page, boolean required, String ko, String en, String pattern,
                                      int maxLength, String helpKo, String helpEn) {
        return new ServiceFormField.Spec(key, FieldType.TEXT, required, pattern, maxLength, Bilingual.of(ko, en),
                Bilingual.of(helpKo, helpEn), page, null);
    }

    static ServiceFormField.Spec textarea(String key, int page, boolean required, String ko, String en) {
        return new ServiceFormField.Spec(key, FieldType.TEXTAREA, required, null, 2000, Bilingual.of(ko, en), null,
                page, null);
    }

    static ServiceFormField.Spec typed(FieldType type, String key, int page, boolean required, String ko, String en) {
        return new ServiceFormField.Spec(key, type, required, null, null, Bilingual.of(ko, en), null, page, null);
    }

    static ServiceFormField.Spec date(String key, int page, boolean required, String ko, String en) {
        return typed(FieldType.DATE, key, page, required, ko, en);
    }

    static ServiceFormField.Spec file(String key, int page, boolean required, String ko, String en) {
        // no help text of its own: the form says which file types and what size it takes
        return new ServiceFormField.Spec(key, FieldType.FILE, required, null, null, Bilingual.of(ko, en), null, page,
                null);
    }

    /** A yes/no box (no options): "I confirm …". */
    static ServiceFormField.Spec confirm(String key, int page, String ko, String en) {
        return typed(FieldType.CHECKBOX, key, page, true, ko, en);
    }

    /** Options as value, Korean label, English label, value, … */
    static ServiceFormField.Spec select(String key, int page, boolean required, String ko, String en, String... opts) {
        return choice(FieldType.SELECT, key, page, required, ko, en, opts);
    }

    static ServiceFormField.Spec radio(String key, int page, boolean required, String ko, String en, String... opts) {
        return choice(FieldType.RADIO, key, page, required, ko, en, opts);
    }

    private static ServiceFormField.Spec choice(FieldType type, String key, int page, boolean required, String ko,
                                                String en, String... opts) {
        if (opts.length % 3 != 0) {
            throw new IllegalArgumentException(key + ": options come in threes (value, ko, en)");
        }
        List<FieldOption> options = new ArrayList<>();
        for (int i = 0; i < opts.length; i += 3) {
            options.add(new FieldOption(opts[i], Bilingual.of(opts[i + 1], opts[i + 2])));
        }
        return new ServiceFormField.Spec(key, type, required, null, null, Bilingual.of(ko, en), null, page, options);
    }
}
