package org.madang.platform.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances over one database, sharing sessions and sign-ins through Hazelcast
 * ({@code mvn verify -P 'cluster,!it'}: madangA at {@code madang.url}, madangB at {@code madang.url.b}).
 * The browser talks to a {@link LoadBalancer} of the test's own, whose switch chooses the instance
 * of the next requests. A citizen signs in on A, continues a draft on B, submits on A; then A's JVM
 * is killed (kill -9) in the middle of a form, and B takes the form's POST, with the view state A
 * made, without asking her to sign in again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionFailoverClusterIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String A = System.getProperty("madang.url", "http://localhost:9080");
    private static final String B = System.getProperty("madang.url.b", "http://localhost:9081");
    private static final String CHILD_ALLOWANCE = "아동수당 신청";
    private static LoadBalancer balancer;

    @BeforeAll
    static void balancer() throws IOException {
        balancer = new LoadBalancer(A);
    }

    @AfterAll
    static void closeBalancer() {
        balancer.close();
    }

    @Test
    @Order(1)
    void aCitizenSignsInOnOneInstanceContinuesHerDraftOnTheOtherAndSubmitsOnTheFirst() throws IOException {
        signInOnA();
        startChildAllowance(A);
        browser.fill("apply:q_childName", "김하늘");
        setDate("apply:q_childBirthDate", "2025-03-14");
        browser.clickAndWait("apply:next");
        assertThat(browser.text("#pageOf")).contains("2/2");

        // the same page on B: still signed in, the draft saved on A is there
        on(B, path());
        assertThat(path()).startsWith("/my/apply/form.xhtml");
        assertThat(browser.text("#pageOf")).contains("2/2");
        browser.clickAndWait("apply:back");
        assertThat(browser.byId("apply:q_childName").getAttribute("value")).isEqualTo("김하늘");
        browser.clickAndWait("apply:next");
        new Select(browser.byId("apply:q_bank")).selectByValue("KB");
        browser.fill("apply:q_accountNumber", "123-456-789012");
        browser.byId("apply:q_bankBook").sendKeys(pdf().toString());
        browser.clickAndWait("apply:next");
        assertThat(path()).startsWith("/my/apply/check.xhtml");
        assertThat(browser.text("#answer-childName")).isEqualTo("김하늘");

        // submitted on A
        on(A, path());
        assertThat(browser.text("#answer-bank")).isEqualTo("국민은행");
        browser.clickAndWait("submitForm:submit");
        assertThat(path()).startsWith("/my/apply/done.xhtml");
        assertThat(browser.text("#receiptNumber")).matches("[0-9A-Z-]{8,}");
    }

    @Test
    @Order(2)
    void whenTheInstanceSheWorksOnDiesTheOtherTakesHerFormWithoutSignInOrExpiredPage() throws IOException {
        signInOnA();
        startChildAllowance(A);
        browser.fill("apply:q_childName", "김바다");
        setDate("apply:q_childBirthDate", "2025-06-01");

        killInstanceA();

        // the load balancer now sends everything to B, the POST of the form rendered by A included
        balancer.sendTo(B);
        browser.clickAndWait("apply:next");
        assertThat(path()).as("neither the sign-in page nor the expired page")
                .startsWith("/my/apply/form.xhtml");
        assertThat(browser.text("h1")).isNotEqualTo(KO.get("error.expired.title"));
        assertThat(browser.text("#pageOf")).contains("2/2");
        browser.clickAndWait("apply:back");
        assertThat(browser.byId("apply:q_childName").getAttribute("value")).isEqualTo("김바다");

        // and her other pages on B, signed in as before
        on(B, "/my/");
        assertThat(path()).startsWith("/my/");

        // her session is in Hazelcast (B's member, A's copies promoted), and stays small
        String cookie = browser.driver().manage().getCookieNamed("MADANGSESSIONID").getValue();
        SessionSizes.Size size = SessionSizes.of(cookie);
        System.out.println("[cluster] the citizen's session in Hazelcast: " + size);
        assertThat(size.attributes()).isPositive();
        assertThat(size.bytes()).isLessThan(1024 * 1024);
    }

    /** Each test starts with no cookies (Browser clears them). */
    private static void signInOnA() {
        on(A, "/login.xhtml");
        browser.fill("email", "citizen@madang.go.kr").fill("password", "Madang!2026");
        browser.clickAndWait("submit");
        assertThat(path()).doesNotStartWith("/login.xhtml");
        on(A, "/my/?lang=ko");
    }

    private static void startChildAllowance(String instance) {
        on(instance, "/services/?q=" + URLEncoder.encode("아동수당", StandardCharsets.UTF_8));
        WebElement link = browser.findAll(".service-item__name a").stream()
                .filter(a -> a.getText().equals(CHILD_ALLOWANCE)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + CHILD_ALLOWANCE));
        browser.clickAndWait(link);
        browser.clickAndWait("applyOnline");
        browser.clickAndWait("start:startApplication");
        assertThat(path()).startsWith("/my/apply/form.xhtml");
        assertThat(browser.text("#pageOf")).contains("1/2");
    }

    /** kill -9 of madangA's JVM: no shutdown, no session written out on the way down. */
    private static void killInstanceA() throws IOException {
        long pid = Long.parseLong(Files.readString(Path.of(System.getProperty("madang.pid.a"))).trim());
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("madangA is not running"));
        assertThat(jvm.destroyForcibly()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !jvm.isAlive());
    }

    /** Opens a page through the balancer, which sends it (and what follows) to this instance. */
    private static void on(String instance, String path) {
        balancer.sendTo(instance);
        browser.driver().get(balancer.url() + path);
    }

    /** The current page's path and query, to open on the other instance. */
    private static String path() {
        URI u = URI.create(browser.driver().getCurrentUrl());
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static void setDate(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), isoDate);
    }

    private static Path pdf() throws IOException {
        Path file = Files.createTempDirectory("madang-upload-").resolve("bankbook.pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return file;
    }
}
