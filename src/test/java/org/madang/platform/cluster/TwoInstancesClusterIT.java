package org.madang.platform.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Database;
import org.madang.testsupport.HttpSignIn;
import org.madang.testsupport.Texts;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances over one database, sharing sessions and sign-ins through Hazelcast
 * ({@code mvn verify -P 'cluster,!it'}: madangA at {@code madang.url}, madangB at {@code madang.url.b}).
 * The browser talks to a {@link LoadBalancer} of the test's own, whose switch chooses the instance
 * of the next requests. A citizen signs in on A, continues a draft on B, submits on A; then A's JVM
 * is killed (kill -9) in the middle of a form, and B takes the form's POST, with the view state A
 * made, without asking her to sign in again. Before that, with both alive: a kept page (an anonymous
 * reader's petition answer on B) is fresh within the stated bound after a change on A, and each
 * minute of the poll-closing timer runs on one instance while the other's firing is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesClusterIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String A = System.getProperty("madang.url", "http://localhost:9080");
    private static final String B = System.getProperty("madang.url.b", "http://localhost:9081");
    private static final String CHILD_ALLOWANCE = "아동수당 신청";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
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
        signInOnA("citizen@madang.go.kr");
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
    void aPageKeptOnOneInstanceIsFreshThereAfterAChangeOnTheOther() throws Exception {
        signInOnA("resident@madang.go.kr");
        long id = supportablePetition();
        int before = supportsSeenAnonymouslyOn(B, id); // B keeps this answer for anonymous readers
        boolean supporting = !browser.findAll("#withdraw").isEmpty();
        browser.clickAndWait(supporting ? "withdraw" : "support");
        int after = before + (supporting ? -1 : 1);

        // the change was made on A; B must stop serving its kept answer within the stated bound
        // (a notice's delivery, at most the petition pages' one second of minFresh), not its minute of maxAge
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> supportsSeenAnonymouslyOn(B, id) == after);
        System.out.println("[cluster] a support given on A was seen on B's kept answer after "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Test
    @Order(3)
    void eachMinuteOfAClosingTimerRunsOnOneInstanceOnly() {
        String job = "voting poll closing";
        // both instances fire every minute: wait for a minute in which the other instance was refused
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, Long> a = firings(A, job);
            Map<String, Long> b = firings(B, job);
            long claimedByA = Database.number("select count(*) from platform_scheduled_run where job = ? and instance like ?",
                    job, "%/madangA/%");
            long claimedByB = Database.number("select count(*) from platform_scheduled_run where job = ? and instance like ?",
                    job, "%/madangB/%");
            assertThat(a.getOrDefault("elsewhere", 0L) + b.getOrDefault("elsewhere", 0L))
                    .as("firings refused because the other instance ran the minute").isPositive();
            assertThat(a.getOrDefault("ran", 0L)).as("runs on A, each with its claim").isEqualTo(claimedByA);
            assertThat(b.getOrDefault("ran", 0L)).as("runs on B, each with its claim").isEqualTo(claimedByB);
        });
    }

    /** An open petition this resident may support or withdraw from, its support page open on A. */
    private static long supportablePetition() throws Exception {
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(B + "/api/petitions?status=open")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonObject petition : Json.createReader(new StringReader(list.body())).readArray()
                .getValuesAs(JsonObject.class)) {
            long id = petition.getJsonNumber("id").longValue();
            on(A, "/my/petitions/support.xhtml?id=" + id);
            if (!browser.findAll("#support").isEmpty() || !browser.findAll("#withdraw").isEmpty()) {
                return id;
            }
        }
        throw new AssertionError("no open petition the demo resident may support");
    }

    /** The supports an anonymous reader of B's petition API sees (a kept answer on B). */
    private static int supportsSeenAnonymouslyOn(String instance, long id) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(instance + "/api/petitions/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject().getInt("supports");
    }

    /** This instance's firings of the job by outcome, from its /operations/metrics. */
    private static Map<String, Long> firings(String instance, String job) throws Exception {
        String metrics = HttpSignIn.as(instance, "operator@madang.go.kr").get("/operations/metrics").body();
        Map<String, Long> byOutcome = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^madang_scheduled_firings_total\\{([^}]*)}\\s+([0-9.eE+]+)").matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains("job=\"" + job.replace(' ', '_') + "\"")) {
                Matcher outcome = Pattern.compile("outcome=\"([a-z]+)\"").matcher(m.group(1));
                if (outcome.find()) {
                    byOutcome.merge(outcome.group(1), (long) Double.parseDouble(m.group(2)), Long::sum);
                }
            }
        }
        return byOutcome;
    }

    @Test
    @Order(9)
    void whenTheInstanceSheWorksOnDiesTheOtherTakesHerFormWithoutSignInOrExpiredPage() throws IOException {
        signInOnA("citizen@madang.go.kr");
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
    private static void signInOnA(String email) {
        on(A, "/login.xhtml");
        browser.fill("email", email).fill("password", HttpSignIn.DEMO_PASSWORD);
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
