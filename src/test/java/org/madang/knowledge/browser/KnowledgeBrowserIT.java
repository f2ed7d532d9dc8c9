package org.madang.knowledge.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge where the work is done, in Chromium: a citizen files a business registration; the
 * officer opens the case, finds the 2026 ruling on own premises among the articles beside it, and
 * marks it used for the case by keyboard (the department's timeline says so, the citizen's does
 * not) and approves the case; the article shows its use, the case decided with it counted; the same ruling is a frequently asked question on the public
 * service page, in /knowledge/ (Korean and English) and in the API, where a signed-in citizen
 * answers "was this helpful?". axe-core on every page, on a
 * desktop and at 390x844 without sideways scrolling.
 */
class KnowledgeBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final Texts MESSAGES = Texts.messages("ko");
    private static final String DEMO = "Madang!2026";
    private static final String SERVICE = "사업자등록 신청";
    private static final String RULING = "자가 사업장 사업자등록 시 제출 서류 질의회신(2026)";
    private static final String RULING_EN = "Own premises: documents for registration (ruling, 2026)";

    @Test
    void anOfficerUsesTheSuggestedRulingAndCitizensReadItAsAnFaq() throws Exception {
        signIn("citizen@madang.go.kr");
        String serviceId = serviceId();
        String number = applyForBusinessRegistration(serviceId);

        // -- the officer opens the case from the queue and finds the ruling beside it --
        signIn("officer@madang.go.kr");
        browser.open("/office/");
        browser.clickAndWait(browser.find("tr[data-number='" + number + "'] a[href*='case.xhtml']"));
        assertThat(browser.text("#knowledgePanel")).contains(KO.get("knowledge.case.heading"), RULING);
        axeOnBothScreens();
        WebElement item = browser.findAll("#knowledgePanel li.suggestion").stream()
                .filter(li -> li.getText().contains(RULING)).findFirst().orElseThrow();
        String articleId = item.getAttribute("data-article");
        WebElement attach = item.findElement(By.cssSelector("input.attach-article"));
        assertThat(attach.getAttribute("aria-label")).contains(RULING);
        // by keyboard: the button takes the focus and Enter sends it
        browser.driver().executeScript("arguments[0].focus()", attach);
        assertThat(browser.focused().getAttribute("id")).isEqualTo(attach.getAttribute("id"));
        pressAndWait(Keys.ENTER);
        assertThat(browser.text("#messages")).contains(MESSAGES.get("knowledge.attached"));
        assertThat(browser.text("#knowledgeUsed")).contains(RULING);
        assertThat(browser.findAll("#caseTimeline li.step[data-kind='KNOWLEDGE_USED']")).singleElement()
                .satisfies(li -> assertThat(li.getText()).contains(KO.get("services.application.step.KNOWLEDGE_USED"),
                        RULING, "최유진"));
        assertThat(browser.findAll("#knowledgePanel li.suggestion[data-article='" + articleId + "'] input.attach-article"))
                .isEmpty();
        axeOnBothScreens();

        // -- the officer closes the case: the ruling counts a case decided with its help --
        browser.open("/office/");
        browser.clickAndWait(browser.find("tr[data-number='" + number + "']").findElement(By.cssSelector("input.claim")));
        browser.click("approveConfirm");
        browser.clickAndWait("approve");
        assertThat(browser.text("#caseStatus")).isEqualTo(KO.get("services.application.status.APPROVED"));

        // -- the article counts the case and takes a "helpful" answer --
        browser.clickAndWait(browser.find("#knowledgeUsed a"));
        assertThat(browser.text("h1")).isEqualTo(RULING);
        assertThat(browser.text("#articleCitations")).contains("부가가치세법 시행령");
        assertThat(browser.text("#supersedesLink")).contains("(2024)");
        browser.clickAndWait("helpful");
        assertThat(browser.text("#myVote")).isEqualTo(KO.get("knowledge.helpful.yourYes"));
        assertThat(browser.text("#articleUse")).doesNotContain("민원 0건").doesNotContain("처리 완료 0건");
        assertThat(browser.findAll("#amendForm #amendedCitation option")).isNotEmpty(); // its own department's article in force
        axeOnBothScreens();

        // -- the list flags what is past its review date; search finds by words --
        browser.open("/office/knowledge/?review=true");
        assertThat(browser.findAll("#articles tr[data-review='true']")).isNotEmpty();
        assertThat(browser.findAll("#articles tr[data-review='false']")).isEmpty();
        assertThat(browser.text("#needingReview")).isNotBlank();
        assertThat(browser.text("#departmentUse")).doesNotContain("민원 0건"); // the case just used counts for 종로세무서
        axeOnBothScreens();
        browser.open("/office/knowledge/?q=" + enc("임대차계약서 자가"));
        assertThat(browser.text("#articles")).contains(RULING);
        browser.open("/office/knowledge/edit.xhtml");
        axeOnBothScreens();

        // -- the applicant's own page does not show the department's use of knowledge --
        signIn("citizen@madang.go.kr");
        browser.open("/my/application.xhtml?number=" + number);
        assertThat(browser.findAll("#timeline li.step[data-kind='KNOWLEDGE_USED']")).isEmpty();

        // -- anyone: the ruling is a frequently asked question of the service --
        browser.driver().manage().deleteAllCookies();
        browser.open("/services/service.xhtml?id=" + serviceId + "&lang=ko");
        assertThat(browser.text("#faq-heading")).isEqualTo(KO.get("knowledge.faq.heading"));
        WebElement question = browser.findAll("#serviceFaq li").stream()
                .filter(li -> li.getText().contains(RULING)).findFirst().orElseThrow();
        WebElement summary = question.findElement(By.tagName("summary"));
        browser.driver().executeScript("arguments[0].focus()", summary);
        browser.press(Keys.ENTER); // a details element opens by keyboard
        assertThat(question.findElement(By.cssSelector(".article-body")).getText()).contains("임대차계약서가 필요 없습니다");
        axeOnBothScreens();
        assertNoSidewaysScrollOnAPhone();

        browser.open("/knowledge/?q=" + enc("임대차계약서"));
        assertThat(browser.text("#publicArticles")).contains(RULING);
        axeOnBothScreens();
        browser.clickAndWait(browser.find("#publicArticles li[data-article='" + articleId + "'] a"));
        assertThat(browser.text("h1")).isEqualTo(RULING);
        assertThat(browser.findAll("#signInToAnswer a")).hasSize(1); // anonymous readers are asked to sign in to answer
        axeOnBothScreens();
        assertNoSidewaysScrollOnAPhone();
        browser.open("/knowledge/?lang=en&q=" + enc("premises lease"));
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text("#publicArticles")).contains(RULING_EN);
        axeOnBothScreens();
        browser.open("/knowledge/?lang=ko");

        // -- a signed-in citizen answers "was this helpful?" on the public page --
        signIn("citizen@madang.go.kr");
        browser.open("/knowledge/article.xhtml?id=" + articleId);
        browser.clickAndWait("notHelpful");
        assertThat(browser.text("#messages")).contains(MESSAGES.get("knowledge.voted"));
        assertThat(browser.text("#myVote")).isEqualTo(KO.get("knowledge.helpful.yourNo"));
        axeOnBothScreens();

        // -- the API twin, and what is not public stays out --
        HttpResponse<String> api = get("/api/knowledge/articles?service=" + serviceId);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains(RULING, "\"kind\":\"RULING\"").doesNotContain("명의대여");
        assertThat(get("/api/knowledge/articles/" + articleId).body()).contains(RULING_EN);
        assertThat(get("/api/knowledge/articles?page=-1").statusCode()).isEqualTo(422);
        assertThat(get("/openapi").body()).contains("/api/knowledge/articles");
    }

    // ---- steps ------------------------------------------------------------------------------------

    private static String serviceId() {
        browser.open("/services/?q=" + enc(SERVICE));
        WebElement link = browser.findAll("a[href*='service.xhtml?id=']").stream()
                .filter(a -> a.getText().strip().startsWith(SERVICE)).findFirst()
                .orElseThrow(() -> new AssertionError("no catalogue link to " + SERVICE));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(link.getAttribute("href"));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** The form pages of a business registration on rented premises; returns the receipt number. */
    private static String applyForBusinessRegistration(String serviceId) throws IOException {
        browser.open("/my/apply/start.xhtml?service=" + serviceId);
        browser.clickAndWait("start:startApplication");
        browser.fill("apply:q_tradeName", "지식문구");
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId("apply:q_startDate"), "2026-12-20");
        new Select(browser.byId("apply:q_businessType")).selectByIndex(1);
        browser.clickAndWait("apply:next");
        browser.fill("apply:q_address", "서울특별시 종로구 삼일대로 428");
        browser.driver().findElement(By.cssSelector("input[name='apply:q_premises']")).click();
        browser.byId("apply:q_lease").sendKeys(pdf().toString());
        browser.clickAndWait("apply:next");
        browser.clickAndWait("submitForm:submit");
        return browser.text("#receiptNumber").strip();
    }

    private static void pressAndWait(CharSequence key) {
        browser.driver().executeScript("window.__madangOldPage = true");
        browser.press(key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__madangOldPage === undefined && document.readyState === 'complete'")));
    }

    private static void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO);
        browser.clickAndWait("submit");
        browser.open("/?lang=ko");
    }

    private static void axeOnBothScreens() {
        browser.desktop();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }

    private static void assertNoSidewaysScrollOnAPhone() {
        browser.phone();
        long overflow = (Long) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal overflow in px on " + browser.currentPath()).isLessThanOrEqualTo(0);
        browser.desktop();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Path pdf() throws IOException {
        Path f = Files.createTempDirectory("madang-upload-").resolve("lease.pdf");
        Files.writeString(f, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        f.toFile().deleteOnExit();
        return f;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(browser.url(path))).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
