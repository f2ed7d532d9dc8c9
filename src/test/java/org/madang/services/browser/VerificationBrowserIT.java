package org.madang.services.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.services.domain.IssuanceNumber;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public verification page as an anonymous visitor meets it: the holder downloads her
 * document, then someone without an account checks its number (the QR code's link), uploads the
 * genuine file, a tampered copy, and types an unknown and a mistyped number. axe-core on desktop
 * and phone. The demo resident's document comes from the demo data (CertificateDemoData).
 */
class VerificationBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final Texts EN = Texts.of("en");
    private static final String RESIDENT = "resident@madang.go.kr";
    private static final String DEMO_PASSWORD = "Madang!2026";

    @Test
    void anAnonymousVisitorChecksANumberAndTheFileTheyWereGiven() throws Exception {
        // the holder: her documents page lists the demo document with its number and download link
        signIn(RESIDENT, DEMO_PASSWORD);
        browser.open("/my/documents.xhtml");
        assertThat(browser.text("h1")).isEqualTo(KO.get("services.certificate.my.title"));
        String number = browser.find("a.download-link").getAttribute("data-number");
        assertThat(number).matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}");
        // other tests may have issued her newer documents: take the title from the same row
        String title = browser.driver().findElement(
                By.xpath("//a[@data-number='" + number + "']/ancestor::tr//strong")).getText();
        browser.assertNoAxeViolations();
        byte[] pdf = download(number, browser.driver().manage().getCookies());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.driver().manage().deleteAllCookies();
        assertThat(download(number, Set.of())).as("anonymous gets no PDF").isNull();

        // anyone: the QR code's link answers at once, without a session
        browser.open("/verify/?n=" + number.replace("-", ""));
        assertThat(browser.text("h1")).isEqualTo(KO.get("verify.title"));
        assertThat(browser.find("#verdictValue").getAttribute("data-verdict")).isEqualTo("VALID");
        assertThat(browser.text("#documentType")).isNotBlank().isEqualTo(title);
        assertThat(browser.find("#fileVerdict").getAttribute("data-file")).isEqualTo("none");
        assertThat(browser.text("#sha256").replaceAll("\\s", "")).matches("[0-9a-f]{64}");
        assertThat(browser.text("main")).doesNotContain("이서연").doesNotContain("자하문로");
        assertThat(browser.driver().manage().getCookieNamed("MADANGSESSIONID")).as("stateless page").isNull();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();

        // the genuine file matches, a copy with one byte changed does not
        checkWithFile(number, pdf);
        assertThat(browser.find("#fileVerdict").getAttribute("data-file")).isEqualTo("match");
        byte[] tampered = pdf.clone();
        tampered[tampered.length / 2] ^= 0x01;
        checkWithFile(number, tampered);
        assertThat(browser.find("#verdictValue").getAttribute("data-verdict")).isEqualTo("VALID");
        assertThat(browser.find("#fileVerdict").getAttribute("data-file")).isEqualTo("mismatch");
        assertThat(browser.text("#fileVerdict")).contains(KO.get("verify.file.mismatch"));
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }

    @Test
    void unknownAndMistypedNumbersAreToldApartInBothLanguages() {
        // well formed, and with 10^15 possible numbers never issued
        String unknown = IssuanceNumber.random().toString();
        browser.open("/verify/?lang=en");
        browser.fill("number", unknown);
        submit("check");
        assertThat(browser.find("#verdictValue").getAttribute("data-verdict")).isEqualTo("UNKNOWN");
        assertThat(browser.text("#verdictValue")).isEqualTo(EN.get("verify.verdict.UNKNOWN"));
        assertThat(browser.findAll("#malformed")).isEmpty();
        browser.assertNoAxeViolations();

        // one digit changed: the check digit gives the typo away
        char last = unknown.charAt(unknown.length() - 1);
        browser.fill("number", unknown.substring(0, unknown.length() - 1) + (char) ('0' + (last - '0' + 1) % 10));
        submit("check");
        assertThat(browser.text("#malformed")).isEqualTo(EN.get("verify.malformed"));
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();

        // nothing typed: the field says so, in Korean by default
        browser.open("/verify/");
        submit("check");
        assertThat(browser.text("#numberError")).isNotBlank();
        browser.assertNoAxeViolations();
    }

    private static void checkWithFile(String number, byte[] content) throws Exception {
        Path file = Files.createTempFile("madang-verify-", ".pdf");
        try {
            Files.write(file, content);
            browser.open("/verify/");
            browser.fill("number", number);
            browser.byId("file").sendKeys(file.toString());
            submit("check");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The document through the holder's download link, with the browser's cookies; null when refused. */
    private static byte[] download(String number, Set<Cookie> cookies) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(browser.url("/my/documents/download?n=" + number)));
        if (!cookies.isEmpty()) {
            r.header("Cookie", cookies.stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build()
                .send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        boolean pdf = response.statusCode() == 200
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf");
        return pdf ? response.body() : null;
    }

    private static void signIn(String email, String password) {
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", password);
        submit("submit");
    }

    /** Clicks a submit button and waits for the next document (every form here posts the whole page). */
    private static void submit(String id) {
        browser.clickAndWait(id);
    }
}
