package org.madang.services.bundle;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountSelfService;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;
import org.madang.services.ApplicationFixtures;
import org.madang.services.application.ApplicationAnswersInvalid;
import org.madang.services.application.ApplicationViews.StepView;
import org.madang.services.application.Applying;
import org.madang.services.application.CaseHandling;
import org.madang.services.application.Catalogue;
import org.madang.services.application.FieldDefinition;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleCases;
import org.madang.services.bundle.application.BundleCatalogue;
import org.madang.services.bundle.application.BundleViews;
import org.madang.services.bundle.application.BundleViews.BundleReceipt;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.application.BundleViews.PartStatus;
import org.madang.services.bundle.domain.BundleProgress.State;
import org.madang.platform.error.InvalidInput;
import org.madang.services.domain.ApplicationNotFound;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.ApplicationStep.Kind;
import org.madang.services.domain.FieldType;
import org.madang.identity.application.ApiTokens;
import org.madang.platform.error.BusinessException;
import org.madang.platform.security.JwtCodec;
import org.madang.platform.error.Forbidden;
import org.madang.privacy.application.Consents;
import org.madang.services.domain.ApplicationStatusConflict;
import org.madang.services.sharing.application.DocumentSharing;
import org.madang.services.sharing.application.GovernmentRecords;
import org.madang.services.sharing.application.PaperlessCounts;
import org.madang.services.sharing.application.SharingViews.FetchedDocument;
import org.madang.services.sharing.application.SharingViews.PaperlessCount;
import org.madang.services.sharing.application.SharingViews.RecordChoice;
import org.madang.services.sharing.domain.DocumentSource;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.madang.testsupport.incontainer.Db.accountId;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.department;
import static org.madang.testsupport.incontainer.Db.ds;
import static org.madang.testsupport.incontainer.Db.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One-stop bundles inside the running server, on the real database: one combined form, one
 * receipt number, fan-out of one application per service into each department's queue, the
 * status derived from the parts, a part that waits for its prerequisite, a rejected part, and
 * supplement requests of a part reaching the representative's inbox; and administrative
 * information sharing (consent recorded and revoked, every live fetch in the access log).
 */
@ExtendWith(ArquillianExtension.class)
class BundlesArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String REP = "business@madang.go.kr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    BundleApplying bundles;
    @Inject
    BundleCatalogue offer;
    @Inject
    Applying applying;
    @Inject
    CaseHandling cases;
    @Inject
    Catalogue catalogue;
    @Inject
    AccountSelfService accounts;
    @Inject
    GovernmentRecords records;
    @Inject
    DocumentSharing sharing;
    @Inject
    PaperlessCounts counts;
    @Inject
    Consents privacy;
    @Inject
    ApiTokens tokens;
    @Inject
    JwtCodec jwt;
    @Inject
    Callers callers;
    @Inject
    BundleCases bundleCases;
    @Inject
    HttpServletRequest request;

    void as(String email) throws Exception {
        callers.signOut();
        callers.signIn(email, DEMO);
        Object[] row = row("select id, name, department_id from account where email = ?", email);
        CurrentUser.remember(request.getSession(true), new MadangPrincipal(((Number) row[0]).longValue(),
                (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue()));
    }

    BundleView bundle(String code) {
        return offer.findByCode(code).orElseThrow(() -> new AssertionError("no bundle " + code));
    }

    /** Starts and fills the bundle for the representative's business; returns the draft key. */
    String fill(String code, String tradeName) throws Exception {
        as(REP);
        BundleView b = bundle(code);
        long business = accounts.businessesIRepresent().get(0).businessId();
        String key = bundles.start(b.id(), business);
        Map<String, String> shared = new LinkedHashMap<>();
        for (FieldDefinition f : b.sharedFields()) {
            shared.put(f.key(), switch (f.key()) {
                case "tradeName" -> tradeName;
                case "address" -> "서울특별시 종로구 세종대로 209";
                case "businessNumber" -> "220-81-12341";
                case "capital" -> "500000";
                default -> "박지훈";
            });
        }
        Map<Integer, Map<String, String>> parts = new HashMap<>();
        for (PartSpec p : b.parts()) {
            Map<String, String> own = new LinkedHashMap<>();
            ApplicationFixtures.answers(new org.madang.services.application.FormDefinition(p.service().id(), p.ownFields()))
                    .forEach(own::put);
            parts.put(p.position(), own);
        }
        bundles.saveDraft(key, shared, parts);
        for (PartSpec p : b.parts()) {
            for (FieldDefinition f : p.ownFields()) {
                if (f.required() && f.type() == FieldType.FILE) {
                    bundles.addAttachment(key, p.position(), f.key(), f.key() + ".pdf", ApplicationFixtures.PDF);
                }
            }
        }
        return key;
    }

    PartStatus part(FilingDetails d, String serviceCode) {
        return d.parts().stream().filter(p -> p.application().service().code().equals(serviceCode)).findFirst()
                .orElseThrow();
    }

    FilingDetails filing(String number) throws Exception {
        as(REP);
        return bundles.myFiling(number);
    }

    void approve(String officer, String partNumber) throws Exception {
        as(officer);
        cases.claim(partNumber);
        cases.approve(partNumber);
    }

    // ---- definitions -------------------------------------------------------------------------------

    @Test
    void threeBundlesCombineInvestmentFinanceTradeAndTaxAgenciesWithTheirDependencies() {
        List<BundleView> all = offer.all();
        assertThat(all).extracting(BundleView::code)
                .contains("START_BUSINESS", "FOREIGN_DIRECT_INVESTMENT", "START_EXPORTING");
        List<PartSpec> parts = all.stream().flatMap(b -> b.parts().stream()).toList();
        assertThat(parts).extracting(p -> p.service().category()).contains(org.madang.services.domain.ServiceCategory.INVESTMENT,
                org.madang.services.domain.ServiceCategory.FINANCE, org.madang.services.domain.ServiceCategory.TRADE);
        assertThat(parts).extracting(p -> p.service().agencyCode()).contains("NTS", "MOTIE", "KCS", "MOEF", "MOEL", "SEOUL");
        BundleView fdi = bundle("FOREIGN_DIRECT_INVESTMENT");
        PartSpec notification = fdi.parts().stream().filter(p -> p.service().code().equals("FOREIGN_INVESTMENT_NOTIFICATION"))
                .findFirst().orElseThrow();
        PartSpec fx = fdi.parts().stream().filter(p -> p.service().code().equals("FOREIGN_EXCHANGE_REPORT")).findFirst()
                .orElseThrow();
        assertThat(fx.requiresPosition()).isEqualTo(notification.position());
        // the capital is asked once, for both the notification and the foreign-exchange report
        assertThat(fdi.sharedFields()).extracting(FieldDefinition::key).contains("capital", "businessNumber");
        assertThat(fx.ownFields()).extracting(FieldDefinition::key).doesNotContain("amountUsd", "businessNumber");
        assertThat(notification.ownFields()).extracting(FieldDefinition::key).doesNotContain("amountUsd");
        PartSpec customs = bundle("START_EXPORTING").parts().stream()
                .filter(p -> p.service().code().equals("CUSTOMS_CLEARANCE_CODE")).findFirst().orElseThrow();
        assertThat(bundle("START_EXPORTING").part(customs.requiresPosition()).service().code()).isEqualTo("BUSINESS_REGISTRATION");
    }

    // ---- fan-out and the derived status ----------------------------------------------------------

    @Test
    void startABusinessFansOutOnePartPerDepartmentUnderOneReceiptAndCountsKOfN() throws Exception {
        String trade = "원스톱상회 " + UUID.randomUUID().toString().substring(0, 6);
        String key = fill("START_BUSINESS", trade);
        BundleReceipt receipt = bundles.submit(key);
        assertThat(receipt.number()).matches("\\d{8}-\\d{6}-\\d");
        assertThat(receipt.partNumbers()).hasSize(3).doesNotHaveDuplicates().doesNotContain(receipt.number());
        assertThat(receipt.progress().state()).isEqualTo(State.SUBMITTED);
        assertThat(receipt.progress().done()).isZero();
        assertThat(receipt.progress().total()).isEqualTo(3);

        // each part sits in its own department's queue, the shared answers copied into its form
        assertThat(departmentOf(receipt.partNumbers().get(0))).isEqualTo(department("NTS", "JONGNO_TAX"));
        assertThat(departmentOf(receipt.partNumbers().get(1))).isEqualTo(department("SEOUL", "ECONOMY"));
        assertThat(departmentOf(receipt.partNumbers().get(2))).isEqualTo(department("MOEL", "INSURANCE"));
        assertThat(answer(receipt.partNumbers().get(0), "tradeName")).isEqualTo(trade);
        assertThat(answer(receipt.partNumbers().get(1), "businessNumber")).isEqualTo("220-81-12341");
        assertThat(answer(receipt.partNumbers().get(2), "businessNumber")).isEqualTo("220-81-12341");
        FilingDetails d = filing(receipt.number());
        Instant latest = d.parts().stream().map(p -> p.application().clock().dueAt()).max(Instant::compareTo).orElseThrow();
        assertThat(d.dueAt()).isEqualTo(latest);
        assertThat(part(d, "MAIL_ORDER_REPORT").application().steps()).extracting(StepView::kind).containsExactly(Kind.SUBMITTED);

        // officers of three departments, each in their own queue
        approve("officer@madang.go.kr", receipt.partNumbers().get(0));
        d = filing(receipt.number());
        assertThat(d.progress().state()).isEqualTo(State.IN_PROGRESS);
        assertThat(d.progress().done()).isEqualTo(1);

        approve("officer.seoul@madang.go.kr", receipt.partNumbers().get(1));
        assertThat(filing(receipt.number()).progress().done()).isEqualTo(2);

        // a supplement request of one part reaches the representative's inbox; the answer resumes it
        String insurance = receipt.partNumbers().get(2);
        as("officer.moel@madang.go.kr");
        cases.claim(insurance);
        cases.requestSupplement(insurance, "근로자 명부를 보내 주십시오.");
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = ? and ? = any(arguments)",
                accountId(REP), "services.application.notice.supplementRequested.subject", insurance)).isOne();
        d = filing(receipt.number());
        assertThat(part(d, "EMPLOYMENT_INSURANCE_REPORT").application().status()).isEqualTo(ApplicationStatus.AWAITING_SUPPLEMENT);
        assertThat(d.progress().state()).isEqualTo(State.IN_PROGRESS);
        applying.answerSupplement(insurance, "첨부합니다.", List.of());
        as("officer.moel@madang.go.kr");
        cases.approve(insurance);

        d = filing(receipt.number());
        assertThat(d.progress().state()).isEqualTo(State.COMPLETED);
        assertThat(d.progress().done()).isEqualTo(3);
        assertThat(d.progress().approved()).isEqualTo(3);
        assertThat(bundles.myFilings()).anyMatch(s -> s.reference().equals(receipt.number())
                && s.progress().state() == State.COMPLETED);
    }

    // ---- dependencies and a rejected part -------------------------------------------------------

    @Test
    void customsWaitsForTaxRegistrationAndARejectedPrerequisiteClosesWhatWaitsOnIt() throws Exception {
        String key = fill("START_EXPORTING", "수출상사 " + UUID.randomUUID().toString().substring(0, 6));
        BundleReceipt receipt = bundles.submit(key);
        FilingDetails d = filing(receipt.number());
        PartStatus tax = part(d, "BUSINESS_REGISTRATION");
        PartStatus customs = part(d, "CUSTOMS_CLEARANCE_CODE");
        PartStatus origin = part(d, "FTA_ORIGIN_CERTIFICATE");
        PartStatus trade = part(d, "TRADE_BUSINESS_CODE");
        assertThat(customs.isWaiting()).isTrue();
        assertThat(customs.requiresPosition()).isEqualTo(tax.position());
        assertThat(customs.application().number()).isNull();
        assertThat(customs.application().steps()).extracting(StepView::kind).containsExactly(Kind.AWAITING_PREREQUISITE);
        assertThat(origin.isWaiting()).isTrue();
        assertThat(count("select count(*) from application where id in (select application_id from bundle_filing_part "
                + "where filing_id = (select id from bundle_filing where number = ?)) and department_id is not null",
                receipt.number())).isEqualTo(2);
        assertThat(d.progress().state()).isEqualTo(State.SUBMITTED);

        // the prerequisite is approved: the customs part enters its queue with its own number and clock
        approve("officer@madang.go.kr", tax.application().number());
        d = filing(receipt.number());
        customs = part(d, "CUSTOMS_CLEARANCE_CODE");
        assertThat(customs.application().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(customs.application().number()).isNotNull();
        assertThat(customs.application().clock().dueAt()).isNotNull();
        assertThat(departmentOf(customs.application().number())).isEqualTo(department("KCS", "SEOUL_CUST"));
        assertThat(part(d, "FTA_ORIGIN_CERTIFICATE").isWaiting()).isTrue();
        String customsNumber = customs.application().number();
        as("officer.customs@madang.go.kr");
        assertThat(cases.queue(null)).anyMatch(c -> c.number().equals(customsNumber));
        // the case page names the filing, the part and what it was filed after
        BundleViews.CasePart onCase = bundleCases.onCase(customsNumber).orElseThrow();
        assertThat(onCase.filingNumber()).isEqualTo(receipt.number());
        assertThat(onCase.position()).isEqualTo(customs.position());
        assertThat(onCase.total()).isEqualTo(4);
        assertThat(onCase.bundleName("ko")).isEqualTo(bundle("START_EXPORTING").nameKo());
        assertThat(onCase.after("en")).isEqualTo(tax.application().service().name("en"));
        String taxNumber = tax.application().number();
        assertThatThrownBy(() -> bundleCases.onCase(taxNumber)).as("another department's case")
                .isInstanceOf(org.madang.platform.error.Forbidden.class);
        as("officer@madang.go.kr");
        String single = (String) row("select number from application where number is not null and department_id = "
                + "(select department_id from account where email = ?) and id not in (select application_id from "
                + "bundle_filing_part) order by id limit 1", "officer@madang.go.kr")[0];
        assertThat(bundleCases.onCase(single)).as("a case filed on its own").isEmpty();
        as("officer.customs@madang.go.kr");

        // customs refuses: the origin certificate, which waited on it, can never be filed
        cases.claim(customsNumber);
        String ground = catalogue.findByCode("CUSTOMS_CLEARANCE_CODE").orElseThrow().rejectionGrounds().get(0).key();
        cases.reject(customsNumber, ground, "사업장 실재 여부를 확인할 수 없습니다.");
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = ? and ? = any(arguments)",
                accountId(REP), "services.application.notice.rejected.subject", customsNumber)).isOne();
        d = filing(receipt.number());
        origin = part(d, "FTA_ORIGIN_CERTIFICATE");
        assertThat(origin.application().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(origin.application().steps()).extracting(StepView::kind).endsWith(Kind.PREREQUISITE_FAILED);
        assertThat(d.progress().state()).isEqualTo(State.IN_PROGRESS);
        assertThat(d.progress().done()).isEqualTo(3);

        approve("officer.trade@madang.go.kr", trade.application().number());
        d = filing(receipt.number());
        assertThat(d.progress().state()).isEqualTo(State.COMPLETED_WITH_REJECTION);
        assertThat(d.progress().done()).isEqualTo(4);
        assertThat(d.progress().approved()).isEqualTo(2);
    }

    @Test
    void withdrawingTheWholeFilingWithdrawsEveryUndecidedPartAndClosesWhatWaits() throws Exception {
        String key = fill("START_EXPORTING", "취하상사 " + UUID.randomUUID().toString().substring(0, 6));
        assertThatThrownBy(() -> bundles.withdraw(key)).isInstanceOf(InvalidInput.class);
        BundleReceipt receipt = bundles.submit(key);
        FilingDetails d = filing(receipt.number());
        assertThat(d.isWithdrawable()).isTrue();
        String taxNumber = part(d, "BUSINESS_REGISTRATION").application().number();
        approve("officer@madang.go.kr", taxNumber);
        String customsNumber = part(filing(receipt.number()), "CUSTOMS_CLEARANCE_CODE").application().number();
        assertThat(customsNumber).isNotNull();

        as("resident@madang.go.kr");
        assertThatThrownBy(() -> bundles.withdraw(receipt.number())).as("only representatives")
                .isInstanceOf(EJBAccessException.class);
        as(REP);
        int withdrawn = bundles.withdraw(receipt.number());
        d = filing(receipt.number());
        assertThat(part(d, "BUSINESS_REGISTRATION").application().status()).as("decided: unchanged")
                .isEqualTo(ApplicationStatus.APPROVED);
        assertThat(part(d, "CUSTOMS_CLEARANCE_CODE").application().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(part(d, "TRADE_BUSINESS_CODE").application().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        PartStatus origin = part(d, "FTA_ORIGIN_CERTIFICATE");
        assertThat(origin.application().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn).as("each undecided part once, whether withdrawn itself or closed with its prerequisite")
                .isEqualTo(d.parts().stream().filter(p -> p.application().steps().get(p.application().steps().size() - 1)
                        .kind() == Kind.WITHDRAWN).count());
        assertThat(d.progress().state()).isEqualTo(State.COMPLETED_WITH_REJECTION);
        assertThat(d.progress().done()).isEqualTo(4);
        assertThat(d.progress().approved()).isEqualTo(1);
        assertThat(d.isWithdrawable()).isFalse();
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = ? and ? = any(arguments)",
                accountId(REP), "services.application.notice.withdrawn.subject", customsNumber)).isOne();
        as("officer.customs@madang.go.kr");
        assertThat(cases.queue(null)).noneMatch(c -> c.number().equals(customsNumber));
        as(REP);
        assertThatThrownBy(() -> bundles.withdraw(receipt.number())).as("nothing left to withdraw")
                .isInstanceOf(InvalidInput.class);
    }

    // ---- checking and who may file ---------------------------------------------------------------

    @Test
    void aMissingAnswerFilesNothingAndNamesTheField() throws Exception {
        String key = fill("START_BUSINESS", "미완성상회");
        bundles.saveDraft(key, Map.of("address", ""), Map.of());
        assertThatThrownBy(() -> bundles.submit(key)).isInstanceOfSatisfying(ApplicationAnswersInvalid.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.fieldKey().equals("shared.address")));
        FilingDetails d = bundles.myFiling(key);
        assertThat(d.isDraft()).isTrue();
        assertThat(d.parts()).allMatch(p -> p.application().status() == ApplicationStatus.DRAFT);
        assertThat(count("select count(*) from bundle_filing where draft_key = ? and number is null", key)).isOne();
    }

    @Test
    void anImpossibleAnswerIsNamedAndNothingOfThatSaveIsKept() throws Exception {
        String key = fill("START_BUSINESS", "형식상회");
        assertThatThrownBy(() -> bundles.saveDraft(key, Map.of("businessNumber", "220-81-12341-99999", "address", ""),
                Map.of())).isInstanceOfSatisfying(ApplicationAnswersInvalid.class, e -> assertThat(e.problems())
                .extracting(p -> p.fieldKey() + ":" + p.messageKey())
                .containsExactly("shared.businessNumber:services.application.field.tooLong"));
        FilingDetails d = bundles.myFiling(key);
        assertThat(d.sharedAnswers()).containsEntry("businessNumber", "220-81-12341");
        assertThat(d.sharedAnswers().get("address")).as("not saved either").isNotBlank();
    }

    @Test
    void onlyRepresentativesFileAndOnlyTheirOwnFilingsAreVisible() throws Exception {
        String key = fill("START_BUSINESS", "남의상회");
        as("citizen@madang.go.kr");
        assertThatThrownBy(() -> bundles.myFiling(key)).isInstanceOf(EJBAccessException.class);
        as("officer@madang.go.kr");
        assertThatThrownBy(() -> bundles.start(bundle("START_BUSINESS").id(), 1L)).isInstanceOf(EJBAccessException.class);
        as(REP);
        assertThatThrownBy(() -> bundles.myFiling("DRAFT-NOSUCHKEY00")).isInstanceOf(ApplicationNotFound.class);
    }

    // ---- administrative information sharing ------------------------------------------------------

    @Test
    void aDocumentFromGovernmentRecordsNeedsConsentIsRevocableUntilFilingAndEveryFetchIsLogged() throws Exception {
        as(REP);
        long business = accounts.businessesIRepresent().get(0).businessId();
        long serviceId = catalogue.findByCode("MAIL_ORDER_REPORT").orElseThrow().id();
        String draft = applying.startDraftForBusiness(serviceId, business);
        applying.saveDraft(draft, ApplicationFixtures.answers(catalogue.form(serviceId)));
        RecordChoice registration = records.choices(draft).stream()
                .filter(c -> c.source() == DocumentSource.BUSINESS_REGISTRATION).findFirst().orElseThrow();
        long before = paperless("MAIL_ORDER_REPORT");

        // attached instead of uploaded: the consent names the document, the application and the time
        long first = records.attach(draft, "escrowProof", registration.source(), registration.reference());
        Object[] consent = row("select id, withdrawn_at, recipient_agency from privacy_consent where account_id = ? "
                + "and scope = 'document.businessRegistration' and purpose_reference = ? order by id desc", accountId(REP), draft);
        assertThat(consent).isNotNull();
        assertThat(consent[1]).isNull();
        assertThat(consent[2]).isEqualTo("SEOUL");
        long consentId = ((Number) consent[0]).longValue();
        assertThat(privacy.mine()).anyMatch(c -> c.id() == consentId);

        // taken back before filing: the consent is withdrawn and the question needs a document again
        records.detach(draft, first);
        assertThat(row("select withdrawn_at from privacy_consent where id = ?", consentId)[0]).isNotNull();
        assertThatThrownBy(() -> applying.submit(draft)).isInstanceOfSatisfying(ApplicationAnswersInvalid.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.fieldKey().equals("escrowProof")));

        long second = records.attach(draft, "escrowProof", registration.source(), registration.reference());
        String number = applying.submit(draft).number();
        assertThat(count("select count(*) from application_attachment where application_id = "
                + "(select id from application where number = ?)", number)).isZero();
        assertThatThrownBy(() -> records.detach(number, second)).isInstanceOf(ApplicationStatusConflict.class);
        assertThat(paperless("MAIL_ORDER_REPORT")).isEqualTo(before + 1);
        long secondConsent = ((Number) row("select consent_id from application_shared_document where id = ?", second)[0]).longValue();

        // the department fetches it live; each fetch is one line of the access log
        as("officer.seoul@madang.go.kr");
        assertThat(sharing.onCase(number)).singleElement().satisfies(v -> assertThat(v.id()).isEqualTo(second));
        assertThat(fetches(number)).isZero();
        FetchedDocument doc = sharing.fetch(number, second);
        assertThat(doc.valid()).isTrue();
        assertThat(doc.lines()).anyMatch(l -> "220-81-12341".equals(l.value()));
        assertThat(fetches(number)).isEqualTo(1);
        sharing.fetch(number, second);
        assertThat(fetches(number)).isEqualTo(2);

        // another department may not fetch it
        as("officer.moel@madang.go.kr");
        assertThatThrownBy(() -> sharing.fetch(number, second)).isInstanceOf(BusinessException.class);

        // the representative withdraws the consent on /my/privacy: the next fetch is refused, and not logged
        as(REP);
        privacy.withdraw(secondConsent);
        as("officer.seoul@madang.go.kr");
        assertThatThrownBy(() -> sharing.fetch(number, second)).isInstanceOf(Forbidden.class);
        assertThat(fetches(number)).isEqualTo(2);
    }

    long paperless(String code) {
        return counts.perService().stream().filter(c -> c.serviceCode().equals(code))
                .mapToLong(PaperlessCount::documents).sum();
    }

    static long fetches(String number) throws Exception {
        return count("select count(*) from personal_data_access where subject_account_id = ? and purpose_key = ? "
                + "and purpose_reference = ?", accountId(REP), "services.sharing.purpose", number);
    }

    // ---- filing by API ---------------------------------------------------------------------------

    static final String MAIL_ORDER_ANSWERS = "\"shopName\": \"마당몰\", \"shopUrl\": \"https://mall.example.kr\", "
            + "\"products\": \"FOOD\"";

    String bundleBody(String tradeName) {
        return "{\"shared\": {\"businessNumber\": \"220-81-12341\", \"tradeName\": \"" + tradeName + "\", "
                + "\"address\": \"서울특별시 종로구 세종대로 209\"}, \"parts\": {"
                + "\"BUSINESS_REGISTRATION\": {\"startDate\": \"2026-12-01\", \"businessType\": \"RETAIL\", \"premises\": \"OWNED\"}, "
                + "\"MAIL_ORDER_REPORT\": {" + MAIL_ORDER_ANSWERS + "}, "
                + "\"EMPLOYMENT_INSURANCE_REPORT\": {\"reportType\": \"ACQUIRE\", \"employeeName\": \"김하나\", "
                + "\"effectiveDate\": \"2026-12-01\", \"monthlyWage\": 2500000}}, "
                + "\"fromRecords\": {\"MAIL_ORDER_REPORT\": {\"escrowProof\": {\"source\": \"BUSINESS_REGISTRATION\", "
                + "\"reference\": \"" + business() + "\", \"consent\": true}}}}";
    }

    long business() {
        try {
            return count("select b.id from business b where b.registration_number = '2208112341'");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String token(java.util.Set<String> scopes) throws Exception {
        as(REP);
        String t = tokens.issue("test " + UUID.randomUUID(), scopes, 1).token();
        callers.signOut();
        // an MP-JWT claim set: upn and groups besides the registered claims
        String payload = new String(java.util.Base64.getUrlDecoder().decode(t.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(payload).contains("\"upn\":", "\"groups\":[", "BUSINESS_REPRESENTATIVE", "\"exp\":", "\"jti\":");
        return t;
    }

    java.net.http.HttpResponse<String> api(String method, String path, String token, String idempotencyKey, String body)
            throws Exception {
        java.net.http.HttpRequest.Builder r = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + request.getLocalPort() + "/api" + path))
                .timeout(java.time.Duration.ofSeconds(60)).header("Accept-Language", "en");
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            r.header("Idempotency-Key", idempotencyKey);
        }
        r.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(r.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static long filings() throws Exception {
        return count("select count(*) from bundle_filing where applicant_id = ?", accountId(REP));
    }

    static long applications() throws Exception {
        return count("select count(*) from application where applicant_id = ?", accountId(REP));
    }

    @Test
    void aBundleFiledByApiWithAnIdempotencyKeyIsFiledOnceAndItsStatusIsReadable() throws Exception {
        String token = token(java.util.Set.of("bundles:file", "status:read"));
        long bundleId = bundle("START_BUSINESS").id();
        String body = bundleBody("API상회");
        String key = UUID.randomUUID().toString();
        long before = filings();

        var first = api("POST", "/bundles/" + bundleId + "/applications", token, key, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String number = jakarta.json.Json.createReader(new java.io.StringReader(first.body())).readObject().getString("number");
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(number));
        var retry = api("POST", "/bundles/" + bundleId + "/applications", token, key, body);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains(number, "\"replayed\":true");
        assertThat(filings()).isEqualTo(before + 1);
        before = filings();

        // the same key for another request is refused, and files nothing
        var reused = api("POST", "/bundles/" + bundleId + "/applications", token, key, bundleBody("다른상회"));
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(filings()).isEqualTo(before);

        // a figure for the report, not a check: sequential filings of the three-part bundle over HTTP
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            assertThat(api("POST", "/bundles/" + bundleId + "/applications", token, UUID.randomUUID().toString(),
                    bundleBody("측정상회" + i)).statusCode()).isEqualTo(201);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        System.out.println("[figure] API filing of START_BUSINESS (3 parts), ms: " + java.util.Arrays.toString(ms));

        var status = api("GET", "/bundles/applications/" + number, token, null, null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"status\":\"SUBMITTED\"", "\"done\":0", "\"total\":3", "MAIL_ORDER_REPORT");
        // the escrow proof came from government records: no file, one consent
        assertThat(count("select count(*) from application_shared_document d join bundle_filing_part p on "
                + "p.application_id = d.application_id join bundle_filing f on f.id = p.filing_id where f.number = ?",
                number)).isOne();
    }

    @Test
    void wrongScopeExpiredForgedRevokedAndMissingTokensAreRefused() throws Exception {
        long bundleId = bundle("START_BUSINESS").id();
        String body = bundleBody("거절상회");
        long before = filings();

        String readOnly = token(java.util.Set.of("status:read"));
        var wrongScope = api("POST", "/bundles/" + bundleId + "/applications", readOnly, null, body);
        assertThat(wrongScope.statusCode()).isEqualTo(403);
        assertThat(wrongScope.body()).contains("insufficient_scope");

        as(REP);
        ApiTokens.IssuedToken issued = tokens.issue("expiring " + UUID.randomUUID(), java.util.Set.of("bundles:file"), 1);
        String jti = (String) row("select jti from api_token where id = ?", issued.id())[0];
        long past = Instant.now().minusSeconds(60).getEpochSecond();
        String expired = jwt.sign(jakarta.json.Json.createObjectBuilder().add("iss", ApiTokens.ISSUER)
                .add("sub", String.valueOf(accountId(REP))).add("jti", jti).add("iat", past - 3600).add("exp", past)
                .add("scope", "bundles:file").build().toString());
        callers.signOut();
        var expiredCall = api("POST", "/bundles/" + bundleId + "/applications", expired, null, body);
        assertThat(expiredCall.statusCode()).isEqualTo(401);
        assertThat(expiredCall.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));

        String good = issued.token();
        String forged = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
        assertThat(api("POST", "/bundles/" + bundleId + "/applications", forged, null, body).statusCode()).isEqualTo(401);
        String unsigned = good.substring(0, good.indexOf('.')).replace(good.substring(0, good.indexOf('.')),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()))
                + good.substring(good.indexOf('.'), good.lastIndexOf('.') + 1);
        assertThat(api("POST", "/bundles/" + bundleId + "/applications", unsigned, null, body).statusCode()).isEqualTo(401);

        as(REP);
        tokens.revoke(issued.id());
        callers.signOut();
        assertThat(api("POST", "/bundles/" + bundleId + "/applications", good, null, body).statusCode()).isEqualTo(401);
        assertThat(api("POST", "/bundles/" + bundleId + "/applications", null, null, body).statusCode()).isEqualTo(403);
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndInvalidAnswersGetClearErrorsByFieldAndNothingIsStored() throws Exception {
        String token = token(java.util.Set.of("bundles:file", "applications:file"));
        long bundleId = bundle("START_BUSINESS").id();
        long filingsBefore = filings();
        long applicationsBefore = applications();

        var malformed = api("POST", "/bundles/" + bundleId + "/applications", token, null, "{\"shared\": {\"tradeName\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"body\"");
        var wrongType = api("POST", "/bundles/" + bundleId + "/applications", token, null, "{\"shared\": [1, 2]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"shared\"");

        var invalid = api("POST", "/bundles/" + bundleId + "/applications", token, UUID.randomUUID().toString(),
                bundleBody("검증상회").replace("\"address\": \"서울특별시 종로구 세종대로 209\"", "\"address\": \"\""));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"field\":\"shared.address\"", "services.application.field.required");

        long mailOrder = catalogue.findByCode("MAIL_ORDER_REPORT").orElseThrow().id();
        var missingFile = api("POST", "/services/" + mailOrder + "/applications", token, null,
                "{\"answers\": {\"businessNumber\": \"220-81-12341\", " + MAIL_ORDER_ANSWERS + "}}");
        assertThat(missingFile.statusCode()).as(missingFile.body()).isEqualTo(422);
        assertThat(missingFile.body()).contains("\"field\":\"escrowProof\"", "services.application.field.fileRequired");
        assertThat(filings()).isEqualTo(filingsBefore);
        assertThat(applications()).isEqualTo(applicationsBefore);

        var filed = api("POST", "/services/" + mailOrder + "/applications", token, null,
                "{\"answers\": {\"businessNumber\": \"220-81-12341\", " + MAIL_ORDER_ANSWERS + "}, \"fromRecords\": "
                        + "{\"escrowProof\": {\"source\": \"BUSINESS_REGISTRATION\", \"reference\": \"" + business()
                        + "\", \"consent\": true}}}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(applications()).isEqualTo(applicationsBefore + 1);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static long departmentOf(String number) throws Exception {
        return count("select department_id from application where number = ?", number);
    }

    static String answer(String number, String key) throws Exception {
        return (String) row("select answer from application_answer where field_key = ? and application_id = "
                + "(select id from application where number = ?)", key, number)[0];
    }
}
