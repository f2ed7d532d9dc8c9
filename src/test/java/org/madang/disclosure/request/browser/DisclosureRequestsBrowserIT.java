package org.madang.disclosure.request.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disclosure request in Chromium: a citizen asks with the form (the error summary first), an
 * officer takes it from the queue and discloses it in part on a ground of art. 9(1), the citizen
 * objects, the officer decides the objection and releases the file to the requester alone (their own
 * record), who finds it on their request page; an anonymous reader finds the request in the public
 * log (released privately, no file) and the statistics, with the requester named nowhere. The decision
 * charges a fee seen line by line first; the file is refused (403) until the officer records the payment.
 * axe-core on every page, desktop and phone.
 */
class DisclosureRequestsBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String DEMO = "Madang!2026";

    @Test
    void requestPartialDisclosureObjectionAndThePublicLog() throws Exception {
        String word = "청구시험" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        signIn("citizen@madang.go.kr");
        browser.open("/my/requests/");
        axeOnBothScreens();
        browser.clickAndWait("newRequest");
        axeOnBothScreens();
        browser.clickAndWait("fileRequest"); // nothing filled: the summary lists the problems
        assertThat(browser.findAll("#errorSummary li")).isNotEmpty();
        axeOnBothScreens();
        selectContaining("department", "종로세무서");
        browser.fill("subject", word + " 민원실 근무표").fill("description", "2026년 12월 민원실 근무표 전체");
        new Select(browser.byId("form")).selectByValue("ELECTRONIC_FILE");
        new Select(browser.byId("delivery")).selectByValue("PORTAL");
        // by keyboard: from the last field, Tab reaches the send button and Enter sends
        browser.byId("subjectPrivate").click();
        browser.byId("subjectPrivate").click();
        WebElement f = browser.focused();
        for (int i = 0; i < 10 && !"fileRequest".equals(f.getAttribute("id")); i++) {
            f = browser.tab(1);
        }
        assertThat(f.getAttribute("id")).isEqualTo("fileRequest");
        browser.driver().executeScript("window.__madangOldPage = true");
        browser.press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                        "return window.__madangOldPage === undefined && document.readyState === 'complete'")));
        assertThat(browser.currentPath()).startsWith("/my/requests/request.xhtml");
        String number = browser.text("#requestNumber");
        assertThat(number).startsWith("DR-");
        axeOnBothScreens();

        signIn("officer@madang.go.kr");
        browser.open("/office/requests/");
        axeOnBothScreens();
        browser.clickAndWait(browser.find("tr[data-number='" + number + "'] .claim"));
        assertThat(browser.currentPath()).startsWith("/office/requests/request.xhtml");
        assertThat(browser.text("#requesterName")).contains("김민준");
        axeOnBothScreens();
        new Select(browser.byId("decision")).selectByValue("PARTIAL_DISCLOSURE");
        browser.fill("decisionText", "담당자 개인 연락처를 가리고 공개합니다.");
        // the fee first, line by line: a 3 MB file, the first megabyte free
        browser.fill("feeMegabytes", "3");
        browser.clickAndWait("computeFee");
        assertThat(browser.text("#feePreviewTotal")).contains("200");
        axeOnBothScreens();
        browser.clickAndWait("decide"); // no ground: refused with the field's message
        assertThat(browser.text("#errorSummary")).contains(Texts.messages("ko").get("disclosure.request.ground.required"));
        new Select(browser.byId("decision")).selectByValue("PARTIAL_DISCLOSURE");
        browser.find("input[type=checkbox][value='G6']").click();
        browser.fill("decisionText", "담당자 개인 연락처를 가리고 공개합니다.");
        browser.clickAndWait("decide");
        assertThat(browser.text("#decisionKind")).isEqualTo(KO.get("disclosure.request.decision.PARTIAL_DISCLOSURE"));
        assertThat(browser.text("#feeLinesTotal")).contains("200");
        axeOnBothScreens();

        signIn("citizen@madang.go.kr");
        browser.open("/my/requests/request.xhtml?number=" + number);
        browser.fill("objectionReason", "근무표에는 개인 연락처가 없습니다.");
        browser.clickAndWait("sendObjection");
        assertThat(browser.findAll("#requestObjection")).hasSize(1);
        axeOnBothScreens();

        signIn("officer@madang.go.kr");
        browser.open("/office/requests/request.xhtml?number=" + number);
        new Select(browser.byId("outcome")).selectByValue("UPHELD");
        browser.fill("outcomeText", "이의를 받아들여 전부 공개합니다.");
        browser.clickAndWait("decideObjection");
        assertThat(browser.text("#objectionOutcome")).startsWith(KO.get("disclosure.request.objection.outcome.UPHELD"));
        // the roster is the requester's own record: released to them alone, with the withheld part checked
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("roster", ".pdf");
        java.nio.file.Files.write(pdf, org.madang.disclosure.OpenFiles.pdf("근무표.pdf", "민원실 근무표",
                "김민준 주임 12월 1일 ~ 12월 5일", "연락처 [비공개: 제6호]").bytes());
        browser.byId("releaseFile").sendKeys(pdf.toString());
        browser.fill("withheld1", "010-3456-7890");
        new Select(browser.byId("withheldGround1")).selectByIndex(1);
        browser.byId("releasePrivately").click();
        browser.clickAndWait("release");
        java.nio.file.Files.delete(pdf);
        assertThat(browser.text("#releasedPrivately")).startsWith(KO.get("disclosure.request.released.privately"));
        axeOnBothScreens();

        // the fee is owed: the file is refused with the reason, never sent
        signIn("citizen@madang.go.kr");
        browser.open("/my/requests/request.xhtml?number=" + number);
        assertThat(browser.findAll("#privateFile")).isEmpty();
        assertThat(browser.text("#feeReference")).matches("\\d{4}-\\d{4}-\\d{4}-\\d");
        browser.open("/my/requests/file?number=" + number);
        assertThat(browser.text("#errorReason")).isEqualTo(KO.get("disclosure.fee.downloadRefused"));
        axeOnBothScreens();

        signIn("officer@madang.go.kr");
        browser.open("/office/requests/request.xhtml?number=" + number);
        browser.fill("paymentAmount", "200").fill("paymentReceipt", "TX-0042");
        browser.driver().executeScript("document.getElementById('paymentDate').value = arguments[0]",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString());
        browser.clickAndWait("recordPayment");
        assertThat(browser.text("#feeState")).contains(KO.get("disclosure.fee.paid"));

        signIn("citizen@madang.go.kr");
        browser.open("/my/requests/request.xhtml?number=" + number);
        assertThat(browser.byId("privateFile").getAttribute("href")).endsWith("/my/requests/file?number=" + number);
        axeOnBothScreens();

        browser.driver().manage().deleteAllCookies();
        browser.open("/open/requests/?lang=ko&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(browser.text("#requestLog")).contains(number).contains(word).doesNotContain("김민준");
        axeOnBothScreens();
        browser.clickAndWait(browser.find("#requestLog a"));
        assertThat(browser.text("#publicReleasedPrivately")).isEqualTo(KO.get("disclosure.request.released.privately"));
        assertThat(browser.findAll("#publicReleased")).isEmpty();
        assertThat(browser.text("main")).contains(KO.get("disclosure.request.ground.6"))
                .contains("담당자 개인 연락처를 가리고 공개합니다.").doesNotContain("김민준")
                .doesNotContain("근무표에는 개인 연락처가 없습니다.");
        axeOnBothScreens();
        browser.open("/open/requests/statistics.xhtml");
        assertThat(browser.findAll("#statistics tr[data-agency='NTS']")).hasSize(1);
        axeOnBothScreens();
        browser.clickAndWait(browser.find("#statistics th a"));
        assertThat(browser.currentPath()).contains("sort=AGENCY");
        assertThat(browser.byId("statistics").findElement(org.openqa.selenium.By.cssSelector("th[aria-sort='ascending']")))
                .isNotNull();
    }

    private void selectContaining(String id, String text) {
        Select s = new Select(browser.byId(id));
        String value = s.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + text)).getAttribute("value");
        s.selectByValue(value);
    }

    private void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO);
        browser.clickAndWait("submit");
        browser.open("/?lang=ko");
    }

    private void axeOnBothScreens() {
        browser.desktop();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }
}
