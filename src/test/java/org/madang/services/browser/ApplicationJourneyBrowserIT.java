package org.madang.services.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.services.domain.RegistrationKind;
import org.madang.testsupport.Browser;
import org.madang.testsupport.GreenMailbox;
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
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole journey in Chromium: a citizen applies with an attachment (the form pages of
 * /my/apply/), an officer claims the case and asks for a supplement, the citizen supplies it, the
 * officer approves, and the citizen sees the approval, the timeline and the result; the API
 * answers the owner only. axe-core runs on every page of applications and case work, on a
 * desktop and on a phone.
 */
class ApplicationJourneyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final Texts MESSAGES = Texts.messages("ko");
    private static final String DEMO = "Madang!2026";
    private static final String SERVICE = "사업자등록 신청";

    @Test
    void applySupplementApproveAndFollowItAll() throws Exception {
        // -- the citizen applies, with a file, through the form pages --
        signIn("citizen@madang.go.kr");
        String number = applyForBusinessRegistration();
        assertThat(number).matches("\\d{8}-\\d{6}-\\d");

        browser.open("/my/applications.xhtml");
        assertThat(browser.text("#applications")).contains(number);
        axeOnBothScreens();
        browser.open("/my/application.xhtml?number=" + number);
        assertThat(browser.text("#statusBadge")).isEqualTo(KO.get("services.application.status.SUBMITTED"));
        // unchanged, the page is served again as rendered, to this browser with its own cookies (the
        // raw page carries a one-off script id, so equal bytes mean the same rendering) — see MyApplicationPageFilter;
        // only its script nonce is new each time (PageNonce)
        String fetchTwice = "const done = arguments[arguments.length - 1];"
                + "const plain = t => { const n = t.match(/nonce=\"([^\"]+)\"/); return n ? t.split(n[1]).join('N') : t; };"
                + "fetch(location.href).then(r => r.text()).then(a => fetch(location.href).then(r => r.text())"
                + ".then(b => done(a !== b && plain(a) === plain(b) && a.includes('statusBadge'))));";
        assertThat(browser.driver().executeAsyncScript(fetchTwice)).isEqualTo(Boolean.TRUE);
        assertThat(browser.text("#attachments")).contains("lease.pdf");
        axeOnBothScreens();

        // -- the officer claims it from the department queue and asks for a supplement --
        signIn("officer@madang.go.kr");
        browser.open("/office/");
        axeOnBothScreens();
        WebElement row = browser.find("tr[data-number='" + number + "']");
        submit(row.findElement(By.cssSelector("input.claim")));
        assertThat(browser.currentPath()).startsWith("/office/case.xhtml");
        assertThat(browser.text("#caseOfficer")).isEqualTo("최유진");
        assertThat(browser.text("#applicantName")).isEqualTo("김민준");
        axeOnBothScreens();
        browser.fill("supplementReason", "임대차계약서 사본을 다시 첨부해 주세요. 글씨가 흐립니다.");
        submit(browser.byId("requestSupplement"));
        assertThat(browser.text("#caseStatus")).isEqualTo(KO.get("services.application.status.AWAITING_SUPPLEMENT"));
        axeOnBothScreens();

        // -- the citizen sees the stopped clock and answers with a new file --
        signIn("citizen@madang.go.kr");
        browser.open("/my/application.xhtml?number=" + number);
        assertThat(browser.text("#supplementRequest")).contains("글씨가 흐립니다");
        assertThat(browser.byId("clockStopped").isDisplayed()).isTrue();
        axeOnBothScreens();
        // a megabyte in the answer (past the page's maxlength): the field's message, nothing sent
        setValue("supplementText", "a".repeat(1024 * 1024));
        submit(browser.byId("sendSupplement"));
        assertThat(browser.text("body")).contains(MESSAGES.get("input.tooLong").replaceAll(".*\\{1}", "").trim());
        assertThat(browser.text("#statusBadge")).isEqualTo(KO.get("services.application.status.AWAITING_SUPPLEMENT"));
        browser.fill("supplementText", "선명한 사본을 첨부합니다.");
        browser.byId("supplementFiles").sendKeys(pdf("lease-clear.pdf").toString());
        submit(browser.byId("sendSupplement"));
        assertThat(browser.text("#statusBadge")).isEqualTo(KO.get("services.application.status.UNDER_REVIEW"));
        assertThat(browser.text("#attachments")).contains("lease-clear.pdf");

        // -- the officer approves --
        signIn("officer@madang.go.kr");
        browser.open("/office/case.xhtml?number=" + number);
        assertThat(browser.text("#caseAttachments")).contains("lease-clear.pdf");
        submit(browser.byId("approve")); // not yet ticked: asked to confirm, nothing decided
        assertThat(browser.text("#approveConfirmError")).isNotBlank();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("errorSummary");
        assertThat(browser.text("#caseStatus")).isNotEqualTo(KO.get("services.application.status.APPROVED"));
        browser.assertNoAxeViolations();
        browser.click("approveConfirm"); // "cannot be undone": ticked as meant
        submit(browser.byId("approve"));
        assertThat(browser.text("#caseStatus")).isEqualTo(KO.get("services.application.status.APPROVED"));

        // -- the citizen sees the decision, who took each step, and gets the result --
        signIn("citizen@madang.go.kr");
        browser.open("/my/application.xhtml?number=" + number);
        assertThat(browser.text("#statusBadge")).isEqualTo(KO.get("services.application.status.APPROVED"));
        List<String> steps = browser.findAll("#timeline li.step").stream().map(e -> e.getAttribute("data-kind")).toList();
        assertThat(steps).containsExactly("SUBMITTED", "CLAIMED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_ANSWERED", "APPROVED");
        assertThat(browser.text("#timeline")).contains("최유진", "국세청");
        // the approval created a business registration number (Jongno tax office 101, individual 01, check digit)
        String registration = browser.text("#registrationNumber");
        assertThat(registration).matches("101-01-\\d{5}");
        assertThat(RegistrationKind.isValidBusinessNumber(registration)).isTrue();
        assertThat(browser.text("#registration")).contains(KO.get("services.registration.BUSINESS_NUMBER"));
        axeOnBothScreens();
        // the readable export says the same in words: no status codes, MIME types or ISO times
        browser.open("/api/privacy/my/data.html");
        assertThat(browser.text("#applications")).contains(KO.get("privacy.export.field.step.APPROVED"),
                Texts.messages("ko").get("format.file.pdf"));
        browser.assertPlainWords();
        browser.open("/my/application.xhtml?number=" + number);
        String download = browser.find("a.result-download").getAttribute("href");
        HttpResponse<byte[]> pdf = get(download, session());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // the result notice states the decision, its date, the deciding department and the officer
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(
                    MESSAGES.get("services.application.document.decisionLabel"),
                    MESSAGES.get("services.application.document.approved"),
                    MESSAGES.get("services.application.document.decidedOn"), "종로세무서", "최유진",
                    KO.get("services.registration.BUSINESS_NUMBER"), registration);
        }
        Matcher issuance = Pattern.compile("n=([0-9-]+)").matcher(download);
        assertThat(issuance.find()).isTrue();

        // -- an anonymous visitor checks the issuance number, and learns nothing about the holder --
        browser.driver().manage().deleteAllCookies();
        browser.open("/verify/?n=" + issuance.group(1));
        assertThat(browser.find("#verdictValue").getAttribute("data-verdict")).isEqualTo("VALID");
        assertThat(browser.text("main")).doesNotContain("김민준").doesNotContain("마당상회");
        axeOnBothScreens();

        // -- every step reached the citizen by e-mail too, in Korean (GreenMail; sent after commit) --
        List<Pattern> expected = List.of("submitted", "underReview", "supplementRequested", "approved").stream()
                .map(e -> subjectPattern(MESSAGES.get("services.application.notice." + e + ".subject"), number)).toList();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<String> subjects = GreenMailbox.all("citizen@madang.go.kr").stream()
                    .filter(m -> (m.subject() + m.body()).contains(number)).map(GreenMailbox.Received::subject).toList();
            for (Pattern p : expected) {
                assertThat(subjects).as("an e-mail matching " + p).anyMatch(x -> p.matcher(x).matches());
            }
        });
        signIn("citizen@madang.go.kr");

        // -- the API answers the owner, and nobody else --
        HttpResponse<byte[]> mine = get(browser.url("/api/applications/" + number), session());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(new String(mine.body(), StandardCharsets.UTF_8)).contains(number, "APPROVED", "CLAIMED");
        signIn("resident@madang.go.kr");
        assertThat(get(browser.url("/api/applications/" + number), session()).statusCode()).isEqualTo(404);
        browser.open("/my/application.xhtml?number=" + number);
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.404.title"));
        assertThat(get(browser.url("/my/attachments/download?number=" + number + "&id=1"), session()).statusCode())
                .isEqualTo(404);
        assertThat(get(browser.url("/api/applications/" + number), null).statusCode()).isEqualTo(404);
    }

    @Test
    void anOfficerOfAnotherDepartmentIsRefusedTheCasePage() throws Exception {
        signIn("citizen@madang.go.kr");
        String number = applyForBusinessRegistration();
        signIn("officer2@madang.go.kr");
        browser.open("/office/");
        assertThat(browser.findAll("tr[data-number='" + number + "']")).isEmpty();
        assertThat(browser.find("input[name=overdue]").isSelected()).isFalse();
        // the filters are a GET form: the address carries them and the form shows them again
        browser.open("/office/?status=TRANSFERRED&overdue=true");
        assertThat(browser.find("input[name=overdue]").isSelected()).isTrue();
        assertThat(browser.find("input[name=mine]").isSelected()).isFalse();
        assertThat(new Select(browser.byId("status")).getFirstSelectedOption().getAttribute("value")).isEqualTo("TRANSFERRED");
        browser.open("/office/case.xhtml?number=" + number);
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.403.title"));
        assertThat(get(browser.url("/office/attachments/download?number=" + number + "&id=1"), session()).statusCode())
                .isEqualTo(404);
    }

    // ---- steps ------------------------------------------------------------------------------------

    /** The form pages of part A, with the lease attached on page 2; returns the receipt number. */
    private String applyForBusinessRegistration() throws IOException {
        browser.open("/services/?q=" + java.net.URLEncoder.encode(SERVICE, StandardCharsets.UTF_8));
        WebElement link = browser.findAll("a[href*='service.xhtml?id=']").stream()
                .filter(a -> a.getText().strip().startsWith(SERVICE)).findFirst()
                .orElseThrow(() -> new AssertionError("no catalogue link to " + SERVICE));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(link.getAttribute("href"));
        assertThat(id.find()).isTrue();
        browser.open("/my/apply/start.xhtml?service=" + id.group(1));
        submit(browser.byId("start:startApplication"));
        // page 1
        browser.fill("apply:q_tradeName", "마당상회");
        setValue("apply:q_startDate", "2026-12-01");
        Select type = new Select(browser.byId("apply:q_businessType"));
        type.selectByIndex(1);
        submit(browser.byId("apply:next"));
        // page 2
        browser.fill("apply:q_address", "서울특별시 종로구 세종대로 209");
        browser.driver().findElement(By.cssSelector("input[name='apply:q_premises']")).click();
        browser.byId("apply:q_lease").sendKeys(pdf("lease.pdf").toString());
        submit(browser.byId("apply:next"));
        // check answers, then submit
        assertThat(browser.currentPath()).startsWith("/my/apply/check.xhtml");
        submit(browser.byId("submitForm:submit"));
        return browser.text("#receiptNumber").strip();
    }

    private void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO);
        submit(browser.byId("submit"));
        // the demo accounts are shared: another test may have left this one's language on English
        browser.open("/?lang=ko");
    }

    private void axeOnBothScreens() {
        browser.desktop();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }

    private static void submit(WebElement button) {
        browser.clickAndWait(button);
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), value);
    }

    /** A notice subject template ({0} the number, {1}.. other values) as a pattern for one application. */
    private static Pattern subjectPattern(String template, String number) {
        StringBuilder re = new StringBuilder();
        Matcher m = Pattern.compile("\\{(\\d)\\}").matcher(template);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(template.substring(last, m.start())))
                    .append("0".equals(m.group(1)) ? Pattern.quote(number) : ".+");
            last = m.end();
        }
        return Pattern.compile(re.append(Pattern.quote(template.substring(last))).toString());
    }

    private static Path pdf(String name) throws IOException {
        Path dir = Files.createTempDirectory("madang-upload-");
        Path f = dir.resolve(name);
        Files.writeString(f, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        f.toFile().deleteOnExit();
        return f;
    }

    /** The browser's cookies as a Cookie header, to fetch files and the API as that person. */
    private static String session() {
        StringBuilder b = new StringBuilder();
        for (Cookie c : browser.driver().manage().getCookies()) {
            b.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        return b.toString();
    }

    private static HttpResponse<byte[]> get(String url, String cookies) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (cookies != null && !cookies.isBlank()) {
            r.header("Cookie", cookies);
        }
        // HTTP/1.1: the default h2c upgrade attempt stalls against Liberty's plain-HTTP endpoint
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build()
                .send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
