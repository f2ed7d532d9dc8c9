package org.madang.services.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue and the application screens in real Chromium: an anonymous visitor searching in
 * Korean and English, filtering and opening a service; a citizen filling a form across pages with
 * a bad value, checking the answers, submitting and getting a receipt number; axe-core on every
 * page on desktop and phone.
 */
class CatalogueAndApplyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String DEMO_PASSWORD = "Madang!2026";

    @Test
    void anonymousVisitorSearchesFiltersAndOpensAService() {
        browser.open("/services/");
        assertThat(browser.htmlLang()).isEqualTo("ko");
        assertThat(browser.text("h1")).isEqualTo(KO.get("services.catalogue.title"));
        assertThat(browser.findAll("#lifeEvents li")).hasSize(org.madang.services.domain.LifeEvent.values().length);
        assertThat(browser.findAll(".service-item")).hasSizeGreaterThanOrEqualTo(25);
        Cookie session = browser.driver().manage().getCookieNamed("MADANGSESSIONID");
        assertThat(session).as("reading the catalogue makes no session").isNull();
        axeEverywhere();

        search("등본", null);
        assertThat(resultNames()).contains("주민등록표 등본 발급").doesNotContain("아동수당 신청");
        axeEverywhere();

        search("customs", null); // English words find services on the Korean page too
        assertThat(resultNames()).contains("통관고유부호 신청(사업자)", "개인통관고유부호 발급");

        search("", "TRADE");
        assertThat(browser.findAll("#results .service-item .badge")).allMatch(b -> b.getText().equals(
                KO.get("services.category.TRADE")));
        assertThat(resultNames()).contains("FTA 원산지증명서 발급(기관발급)");

        browser.open("/services/");
        browser.clickAndWait(browser.find("#lifeEvents a[href$='event=HAVING_A_CHILD']"));
        assertThat(resultNames()).contains("아동수당 신청", "가족관계증명서 발급");
        axeEverywhere();

        browser.clickAndWait(browser.find("#results a[href*='service.xhtml']"));
        assertThat(browser.currentPath()).startsWith("/services/service.xhtml?id=");
        assertThat(browser.findAll("#facts dt")).hasSizeGreaterThanOrEqualTo(7);
        search("사업자등록 신청", null);
        browser.clickAndWait(linkTo("사업자등록 신청(개인)"));
        assertThat(browser.text("h1")).isEqualTo("사업자등록 신청(개인)");
        assertThat(browser.text("#agency")).isEqualTo("국세청");
        assertThat(browser.text("#department")).isEqualTo("종로세무서 민원봉사실");
        assertThat(browser.text("#period")).contains("2일");
        assertThat(browser.text("#fee")).isEqualTo(KO.get("services.fee.free"));
        assertThat(browser.text("#documents")).contains("임대차계약서");
        assertThat(browser.byId("applyOnline").isDisplayed()).isTrue();
        assertThat(browser.findAll("input[name='jakarta.faces.ViewState']")).as("stateless page").isEmpty();
        axeEverywhere();

        // the same in English, searched with English words
        browser.open("/services/?lang=en");
        assertThat(browser.htmlLang()).isEqualTo("en");
        search("business registration", null);
        assertThat(resultNames()).contains("Business registration application (individual)",
                "Certificate of business registration");
        browser.clickAndWait(linkTo("Business registration application (individual)"));
        assertThat(browser.text("#agency")).isEqualTo("National Tax Service");
        assertThat(browser.text("#period")).contains("16 working hours");
        axeEverywhere();
    }

    @Test
    void theCatalogueApiAnswersInBothLanguages() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/services"))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        assertThat(list.body()).contains("\"주민등록표 등본 발급\"", "\"Child allowance application\"", "\"JONGNO_TAX\"");
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(list.body());
        assertThat(first.find()).isTrue();
        String id = first.group(1);
        HttpResponse<String> one = http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/services/" + id)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"id\":" + id, "\"nameKo\"", "\"processingPeriod\"");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/services/999999"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    @Test
    void citizenAppliesAcrossPagesFixesABadValueAndGetsAReceiptNumber() throws IOException {
        signIn("citizen@madang.go.kr");
        browser.open("/services/?q=" + enc("아동수당"));
        browser.clickAndWait(linkTo("아동수당 신청"));
        browser.clickAndWait("applyOnline");
        assertThat(browser.currentPath()).startsWith("/my/apply/start.xhtml");
        axeEverywhere();
        browser.clickAndWait("start:startApplication");

        // page 1 of 2
        assertThat(browser.currentPath()).startsWith("/my/apply/form.xhtml");
        assertThat(browser.text("#pageOf")).contains("1/2");
        browser.fill("apply:q_childName", "김하늘");
        setDate("apply:q_childBirthDate", "2025-03-14");
        axeEverywhere();
        browser.clickAndWait("apply:next");

        // page 2: going back shows what was saved, then forward again
        assertThat(browser.text("#pageOf")).contains("2/2");
        browser.clickAndWait("apply:back");
        assertThat(browser.byId("apply:q_childName").getAttribute("value")).as("draft restored").isEqualTo("김하늘");
        browser.clickAndWait("apply:next");

        new Select(browser.byId("apply:q_bank")).selectByValue("KB");
        browser.fill("apply:q_accountNumber", "계좌번호 모름");
        browser.byId("apply:q_bankBook").sendKeys(pdf().toString());
        browser.clickAndWait("apply:next");

        // the bad value: a message beside the field, the value kept, the file kept
        assertThat(browser.currentPath()).startsWith("/my/apply/form.xhtml");
        assertThat(browser.text("[id='apply:q_accountNumber-error']")).contains("계좌번호");
        assertThat(browser.byId("apply:q_accountNumber").getAttribute("value")).isEqualTo("계좌번호 모름");
        assertThat(browser.byId("apply:q_accountNumber").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#errorSummary")).contains("계좌번호");
        assertThat(browser.text(".attached")).contains("bankbook.pdf");
        axeEverywhere();

        browser.fill("apply:q_accountNumber", "123-456-789012");
        browser.clickAndWait("apply:next");

        // check your answers
        assertThat(browser.currentPath()).startsWith("/my/apply/check.xhtml");
        assertThat(browser.text("#answer-childName")).isEqualTo("김하늘");
        assertThat(browser.text("#answer-bank")).isEqualTo("국민은행");
        assertThat(browser.text("#answer-bankBook")).contains("bankbook.pdf");
        axeEverywhere();
        browser.clickAndWait("submitForm:submit");

        // confirmation with the receipt number
        assertThat(browser.currentPath()).startsWith("/my/apply/done.xhtml");
        String receipt = browser.text("#receiptNumber");
        assertThat(receipt).isNotBlank().matches("[0-9A-Z-]{8,}");
        assertThat(browser.text("#department")).contains("아동수당지원과");
        axeEverywhere();
        browser.clickAndWait("follow");
        assertThat(browser.currentPath()).startsWith("/my/application.xhtml");
    }

    @Test
    void aServiceWithAFeeHasAPaymentStep() throws IOException {
        signIn("citizen@madang.go.kr");
        browser.open("/services/?q=" + enc("식품접객업"));
        browser.clickAndWait(linkTo("식품접객업(일반·휴게음식점·제과점) 영업신고"));
        assertThat(browser.text("#fee")).isEqualTo("28,000원");
        browser.clickAndWait("applyOnline");
        browser.clickAndWait("start:startApplication");
        new Select(browser.byId("apply:q_kind")).selectByValue("REST");
        browser.fill("apply:q_tradeName", "마당카페");
        browser.fill("apply:q_address", "서울특별시 종로구 세종대로 209");
        browser.clickAndWait("apply:next");
        browser.fill("apply:q_area", "45.5");
        browser.byId("apply:q_hygieneTraining").sendKeys(pdf().toString());
        browser.byId("apply:q_healthCheck").sendKeys(pdf().toString());
        browser.clickAndWait("apply:next");
        assertThat(browser.currentPath()).startsWith("/my/apply/check.xhtml");
        browser.clickAndWait("submitForm:submit");
        assertThat(browser.currentPath()).startsWith("/my/apply/payment.xhtml");
        assertThat(browser.text("#amount")).isEqualTo("28,000원");
        assertThat(browser.text("#paymentReference")).isNotBlank();
        axeEverywhere();
        browser.clickAndWait("continue");
        assertThat(browser.text("#receiptNumber")).isNotBlank();
        assertThat(browser.findAll("#payReminder")).hasSize(1);
        axeEverywhere();
    }

    @Test
    void everydayWordsFindTheServicesPeopleMeanAndAnEmptyResultHelps() {
        search("전입신고", null);
        assertThat(resultNames()).first().isEqualTo("전입신고");
        search("이사", null); // the moving life event and the move-in report
        assertThat(resultNames()).contains("전입신고", "주민등록표 등본 발급");
        search("여권", null);
        assertThat(resultNames()).contains("여권 재발급 신청");
        browser.assertPlainWords();
        axeEverywhere();

        browser.open("/services/?lang=en");
        search("passport", null);
        assertThat(resultNames()).first().isEqualTo("Passport reissue");
        search("moving", null);
        assertThat(resultNames()).contains("Move-in report (registering a new address)");

        // nothing found: words to try, the situations in life and whom to ask, never a dead end
        search("zqxwv", null);
        assertThat(browser.findAll("#results")).isEmpty();
        assertThat(browser.findAll("#noResults")).hasSize(1);
        assertThat(browser.findAll("#noResultEvents li")).hasSize(org.madang.services.domain.LifeEvent.values().length);
        assertThat(browser.find("#askLink").getAttribute("href")).startsWith("https://www.epeople.go.kr");
        axeEverywhere();
        browser.clickAndWait(browser.findAll("#suggestions a").stream().filter(a -> a.getText().equals("passport"))
                .findFirst().orElseThrow());
        assertThat(resultNames()).contains("Passport reissue");
        browser.open("/?lang=ko");
    }

    @Test
    void aVerifiedResidentGetsTheResidentRegistrationCertificateAtOnce() throws Exception {
        signIn("resident@madang.go.kr");
        browser.open("/services/?q=" + enc("주민등록표 등본"));
        browser.clickAndWait(linkTo("주민등록표 등본 발급"));
        assertThat(browser.text(".service-badges")).contains(KO.get("services.instant"));
        browser.clickAndWait("applyOnline");
        browser.clickAndWait("start:startApplication");
        // one page: a select, a radio group and a yes/no box
        assertThat(browser.text("#pageOf")).contains("1/1");
        new Select(browser.byId("apply:q_purpose")).selectByValue("BANK");
        browser.find("input[name='apply:q_addressHistory'][value='LAST5']").click();
        browser.byId("apply:q_showFullNumbers").click();
        axeEverywhere();
        browser.clickAndWait("apply:next");
        assertThat(browser.text("#answer-purpose")).isEqualTo("금융기관 제출용");
        assertThat(browser.text("#answer-addressHistory")).isEqualTo("최근 5년");
        assertThat(browser.text("#answer-showFullNumbers")).isEqualTo(KO.get("services.apply.check.yes"));
        browser.clickAndWait("submitForm:submit");
        assertThat(browser.currentPath()).startsWith("/my/apply/done.xhtml");
        assertThat(browser.text("#status")).isEqualTo(KO.get("services.application.status.APPROVED"));
        assertThat(browser.text("#issued")).contains(KO.get("services.apply.done.issued"));
        assertThat(browser.text("#whatNext")).contains(KO.get("services.apply.done.next.issued"));
        axeEverywhere();

        // the document holds what the registry holds, under its own title: the household's address,
        // its head and members with relationship and move-in date, and the last five years' addresses
        browser.open("/my/documents.xhtml");
        String href = browser.find("a.download-link").getAttribute("href");
        StringBuilder cookies = new StringBuilder(); // the whole sign-in, not only the session id
        browser.driver().manage().getCookies().forEach(c -> cookies.append(c.getName()).append('=')
                .append(c.getValue()).append("; "));
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies.toString()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains(KO.get("services.certificate.registry.title"), "서울특별시 종로구 자하문로 94",
                "이서연", "최민호", "최서아", KO.get("services.certificate.registry.relationship.SPOUSE"),
                "2022. 5. 14.", "서울특별시 마포구 월드컵북로 12", "금융기관 제출용");
        assertThat(text).as("moved out over five years ago").doesNotContain("판교역로");
    }

    @Test
    void aVerifiedResidentGetsTheAbstractWithHerOwnAddressHistoryAtOnce() throws Exception {
        browser.driver().manage().deleteAllCookies();
        signIn("resident@madang.go.kr");
        browser.open("/services/?q=" + enc("주민등록표 초본"));
        browser.clickAndWait(linkTo("주민등록표 초본 발급"));
        assertThat(browser.text(".service-badges")).contains(KO.get("services.instant"));
        browser.clickAndWait("applyOnline");
        browser.clickAndWait("start:startApplication");
        new Select(browser.byId("apply:q_purpose")).selectByValue("EMPLOYER");
        browser.find("input[name='apply:q_addressHistory'][value='ALL']").click();
        browser.find("input[name='apply:q_copies'][value='1']").click();
        browser.clickAndWait("apply:next");
        browser.clickAndWait("submitForm:submit");
        assertThat(browser.text("#status")).isEqualTo(KO.get("services.application.status.APPROVED"));

        // the abstract holds the registry's record of one person under its own title: her name,
        // birth date, current address with its move-in date and every past address; no household members
        browser.open("/my/documents.xhtml");
        String text = pdfText(browser.find("a.download-link").getAttribute("href"));
        assertThat(text).contains(KO.get("services.certificate.abstract.title"), "이서연", "1992. 7. 2.",
                "서울특별시 종로구 자하문로 94", "2022. 3. 2.", KO.get("services.certificate.registry.relationship.HEAD"),
                "서울특별시 마포구 월드컵북로 12", "경기도 성남시 분당구 판교역로 166", "회사 제출용");
        assertThat(text).as("an abstract is about one person").doesNotContain("최민호").doesNotContain("최서아")
                .doesNotContain(KO.get("services.certificate.registry.title"));
    }

    @Test
    void aVerifiedResidentGetsTheFamilyRegistersCertificatesAtOnce() throws Exception {
        browser.driver().manage().deleteAllCookies();
        signIn("resident@madang.go.kr");
        // 가족관계증명서: the person, her parents, her husband and their daughter, from the register
        String family = instantCertificate("가족관계증명서 발급");
        assertThat(family).contains(KO.get("services.certificate.family.title.FAMILY_RELATIONSHIP"),
                "서울특별시 종로구 청운동 12", "이서연 · 1992. 7. 2.", KO.get("services.certificate.family.FATHER"),
                "이정호 · 1961. 4. 18.", "박미숙 · 1964. 9. 3.", "최민호 · 1990. 11. 15.", "최서아 · 2023. 8. 9.",
                "일반증명서", "금융기관 제출용");
        // 기본증명서: the person alone
        String basic = instantCertificate("기본증명서 발급");
        assertThat(basic).contains(KO.get("services.certificate.family.title.BASIC_CERTIFICATE"),
                "서울특별시 종로구 청운동 12", "이서연", "1992. 7. 2.", KO.get("services.certificate.family.sex.FEMALE"))
                .doesNotContain("최민호").doesNotContain("이정호");
    }

    @Test
    void aVerifiedResidentGetsHerHealthInsuranceCoverageFromTheInsurerAtOnce() throws Exception {
        browser.driver().manage().deleteAllCookies();
        signIn("resident@madang.go.kr");
        browser.open("/services/?q=" + enc("건강보험 자격득실확인서"));
        browser.clickAndWait(linkTo("건강보험 자격득실확인서 발급"));
        assertThat(browser.text(".service-badges")).contains(KO.get("services.instant"));
        browser.clickAndWait("applyOnline");
        browser.clickAndWait("start:startApplication");
        new Select(browser.byId("apply:q_scope")).selectByValue("WORKPLACE");
        new Select(browser.byId("apply:q_purpose")).selectByValue("EMPLOYER");
        browser.clickAndWait("apply:next");
        browser.clickAndWait("submitForm:submit");
        assertThat(browser.text("#status")).isEqualTo(KO.get("services.application.status.APPROVED"));
        browser.open("/my/documents.xhtml");
        // one space for every run of white space: a long line of the PDF wraps ("2021. 12.\n31.")
        String text = pdfText(browser.find("a.download-link").getAttribute("href")).replaceAll("\\s+", " ");
        // the insurer's record of her workplace coverage, as asked: both employers, the current one open
        assertThat(text).contains(KO.get("services.certificate.insurance.title"), "이서연",
                KO.get("services.certificate.insurance.kind.WORKPLACE"), "(주)한빛소프트", "2015. 3. 2.", "2021. 12. 31.",
                "(주)마당상사", "2022. 5. 2.", KO.get("services.certificate.insurance.current"), "회사 제출용");
        assertThat(text).as("workplace coverage only").doesNotContain(KO.get("services.certificate.insurance.kind.LOCAL"))
                .doesNotContain("서울특별시 마포구");
    }

    /** Applies for an instantly issued certificate (general kind, for a bank) and returns its PDF's text. */
    private static String instantCertificate(String serviceName) throws Exception {
        browser.open("/services/?q=" + enc(serviceName.replace(" 발급", "")));
        browser.clickAndWait(linkTo(serviceName));
        assertThat(browser.text(".service-badges")).contains(KO.get("services.instant"));
        browser.clickAndWait("applyOnline");
        browser.clickAndWait("start:startApplication");
        browser.find("input[name='apply:q_kind'][value='GENERAL']").click();
        new Select(browser.byId("apply:q_purpose")).selectByValue("BANK");
        for (WebElement copy : browser.findAll("input[name='apply:q_copies'][value='1']")) {
            copy.click();
        }
        browser.clickAndWait("apply:next");
        if (browser.currentPath().startsWith("/my/apply/form.xhtml")) { // a second page of optional questions
            browser.clickAndWait("apply:next");
        }
        browser.clickAndWait("submitForm:submit");
        assertThat(browser.text("#status")).isEqualTo(KO.get("services.application.status.APPROVED"));
        browser.open("/my/documents.xhtml");
        return pdfText(browser.find("a.download-link").getAttribute("href"));
    }

    @Test
    void aBusinessGetsItsRegistrationCertificateWithWhatTheRegisterHolds() throws Exception {
        browser.driver().manage().deleteAllCookies();
        signIn("business@madang.go.kr");
        browser.open("/services/?q=" + enc("사업자등록증명"));
        browser.clickAndWait(linkTo("사업자등록증명 발급"));
        browser.clickAndWait("applyOnline");
        WebElement forBusiness = browser.findAll("#start input[type=submit]").stream()
                .filter(b -> b.getAttribute("value").contains("220-81-12341")).findFirst().orElseThrow();
        browser.clickAndWait(forBusiness);
        browser.fill("apply:q_businessNumber", "220-81-12341");
        browser.find("input[name='apply:q_language'][value='KO']").click();
        new Select(browser.byId("apply:q_purpose")).selectByValue("BANK");
        browser.clickAndWait("apply:next");
        browser.clickAndWait("submitForm:submit");
        String number = browser.text("#receiptNumber").strip();

        browser.driver().manage().deleteAllCookies();
        signIn("officer@madang.go.kr");
        browser.open("/office/");
        browser.clickAndWait(browser.find("tr[data-number='" + number + "']").findElement(By.cssSelector("input.claim")));
        browser.click("approveConfirm");
        browser.clickAndWait("approve");
        assertThat(browser.text("#caseStatus")).isEqualTo(KO.get("services.application.status.APPROVED"));

        // the certificate holds the business register's record under its own title, not the answers
        browser.driver().manage().deleteAllCookies();
        signIn("business@madang.go.kr");
        browser.open("/my/application.xhtml?number=" + number);
        String text = pdfText(browser.find("a.result-download").getAttribute("href"));
        assertThat(text).contains(KO.get("services.certificate.business.title"), "(주)마당상사", "220-81-12341",
                "서울특별시 종로구 세종대로 209", KO.get("services.certificate.business.registeredOn"), "박지훈",
                "금융기관 제출용");
        assertThat(text).as("the document's own title, not the service's name")
                .doesNotContain("사업자등록증명 발급");
    }

    /** The text of a PDF the signed-in person downloads. */
    private static String pdfText(String href) throws Exception {
        StringBuilder cookies = new StringBuilder();
        browser.driver().manage().getCookies().forEach(c -> cookies.append(c.getName()).append('=')
                .append(c.getValue()).append("; "));
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies.toString()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    // ---- steps ---------------------------------------------------------------------------------

    private static void signIn(String email) {
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO_PASSWORD);
        browser.clickAndWait("submit");
        assertThat(browser.currentPath()).doesNotStartWith("/login.xhtml");
        // the account's stored language is shared with other suites (one switches the demo
        // citizen to English): these steps read Korean, so choose it (the demo default) explicitly
        browser.open("/my/?lang=ko");
    }

    private static void search(String query, String category) {
        browser.open("/services/");
        browser.fill("q", query);
        if (category != null) {
            new Select(browser.byId("category")).selectByValue(category);
        }
        browser.clickAndWait("searchButton");
    }

    private static java.util.List<String> resultNames() {
        return browser.findAll("#results .service-item__name a").stream().map(WebElement::getText).toList();
    }

    private static WebElement linkTo(String name) {
        return browser.findAll(".service-item__name a").stream().filter(a -> a.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + name + " on " + browser.currentPath()));
    }

    private static void setDate(String id, String isoDate) {
        // a date input is typed in the browser's locale format; set its value as the form would send it
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), isoDate);
    }

    private static Path pdf() throws IOException {
        Path dir = Files.createTempDirectory("madang-upload-");
        Path file = dir.resolve("bankbook.pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return file;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void axeEverywhere() {
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }
}
