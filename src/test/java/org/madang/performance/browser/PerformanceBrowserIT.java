package org.madang.performance.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public performance dashboard in Chromium: reached from the home page and the menu, filtered
 * by keyboard, its table downloaded as CSV with the same cells, the API refusing what does not
 * exist, a malformed month told in words; axe-core on desktop and on a 390x844 phone.
 */
class PerformanceBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aVisitorReadsFiltersAndDownloadsTheIndicators() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open("/?lang=ko");
        WebElement card = browser.find(".cards a[href$='/performance/']");
        assertThat(card.getText()).isEqualTo(KO.get("home.section.performance"));
        assertThat(card.findElement(By.xpath("ancestor::li")).getText()).doesNotContain(KO.get("home.section.opening"));
        browser.clickAndWait(card);
        assertThat(browser.text("h1")).isEqualTo(KO.get("performance.title"));
        assertThat(browser.byId("navPerformance").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findAll("#indicators tbody tr")).as("the demo application is counted").isNotEmpty();
        axeOnBothScreens();
        browser.phone();
        long overflow = (Long) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("the wide table scrolls inside its own region on a phone").isLessThanOrEqualTo(0);
        browser.desktop();

        // participation: the chart is drawn from the same numbers as the table beside it
        WebElement canvas = browser.find("#participationChart canvas");
        assertThat(canvas.getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getAttribute("aria-label")).isEqualTo(KO.get("performance.participation.chartLabel"));
        String chart = "Chart.getChart(document.querySelector('#participationChart canvas'))";
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return !!window.Chart && !!" + chart + ";"));
        List<String> months = browser.findAll("#participation tbody th").stream().map(WebElement::getText).toList();
        List<String> published = browser.findAll("#participation tbody tr td:nth-child(2)").stream()
                .map(WebElement::getText).toList();
        assertThat(months).hasSize(12);
        assertThat(browser.driver().executeScript("return " + chart + ".data.labels;")).isEqualTo(months);
        assertThat(((List<?>) browser.driver().executeScript("return " + chart + ".data.datasets[0].data;"))
                .stream().map(String::valueOf).toList()).isEqualTo(published);
        assertThat(browser.text("#participation tfoot")).startsWith(KO.get("performance.participation.total"));

        // the table as CSV, cell for cell
        assertThat(csv(browser.byId("indicatorsCsv").getAttribute("href"))).isEqualTo(table());

        // by keyboard: choose the agency, then send the form with Enter from the button
        new Select(browser.byId("agency")).selectByValue("NTS");
        browser.byId("agency").sendKeys(Keys.TAB);
        WebElement f = browser.focused();
        while (!"applyFilters".equals(f.getAttribute("id"))) {
            f = browser.tab(1);
        }
        browser.press(Keys.ENTER);
        waitFor("agency=NTS");
        assertThat(new Select(browser.byId("agency")).getFirstSelectedOption().getAttribute("value")).isEqualTo("NTS");
        List<List<String>> nts = table();
        assertThat(nts).isNotEmpty();
        assertThat(nts.subList(1, nts.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("국세청"));
        assertThat(csv(browser.byId("indicatorsCsv").getAttribute("href"))).isEqualTo(nts);
        axeOnBothScreens();

        // a month that is not one is told in words, not a 500
        browser.open("/performance/?from=2026-13");
        assertThat(browser.text("#errorSummary")).contains(Texts.messages("ko").get("performance.filter.month"));
        axeOnBothScreens();
        browser.open("/performance/?service=NO_SUCH_SERVICE");
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.404.title"));
    }

    @Test
    void theApiAnswersWithTheSameFiltersAndRefusesWhatDoesNotExist() throws Exception {
        HttpResponse<String> ok = get("/api/performance/indicators?agency=NTS&from=2026-01");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"from\":\"2026-01\"").contains("\"agency\":\"NTS\"").contains("\"total\":");
        assertThat(get("/api/performance/indicators?service=NO_SUCH_SERVICE").statusCode()).isEqualTo(404);
        assertThat(get("/api/performance/indicators?from=2026-13").statusCode()).isEqualTo(422);
        assertThat(get("/api/performance/indicators?from=2026-05&to=2026-04").statusCode()).isEqualTo(422);
        HttpResponse<String> openapi = get("/openapi");
        assertThat(openapi.body()).contains("/api/performance/indicators");
        HttpResponse<String> rebuild = HTTP.send(HttpRequest.newBuilder(URI.create(browser.url("/api/performance/rebuild")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rebuild.statusCode()).as("administrators only (sign-in asked or refused)").isIn(302, 401, 403);
    }

    @Test
    void aRefusedApplicantIsAskedOnceAndTheDepartmentReadsTheCommentWithoutTheNumber() {
        signIn("citizen.en@madang.go.kr");
        browser.open("/my/inbox.xhtml");
        // the question arrived in the inbox, titled with the receipt number
        java.util.regex.Pattern receipt = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(Texts.messages("ko").get("performance.survey.notice.subject")
                        .replace("({0})", "").strip()) + "\\s*\\((\\d{8}-\\d{6}-\\d)\\)");
        String number = browser.findAll("main a").stream().map(a -> a.getText().replaceAll("\\s+", " ").strip())
                .map(receipt::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no satisfaction question in the inbox"));
        browser.open("/my/application.xhtml?number=" + number);
        assertThat(browser.text("#statusBadge")).isEqualTo(KO.get("services.application.status.REJECTED"));
        browser.clickAndWait("toSurvey");
        assertThat(browser.text("h1")).isEqualTo(KO.get("performance.survey.title"));
        axeOnBothScreens();

        // sent without the speed: told in words beside it, nothing lost
        browser.find("input[name='overall'][value='2']").click();
        browser.find("input[name='ease'][value='4']").click();
        browser.fill("comment", "사유는 알겠지만 연락처 010-2222-3333 로 미리 알려 주셨으면 합니다.");
        browser.clickAndWait("sendSurvey");
        assertThat(browser.text("#errorSummary")).contains(Texts.messages("ko").get("performance.survey.ratingRequired"));
        assertThat(browser.byId("comment").getAttribute("value")).contains("미리 알려");
        axeOnBothScreens();
        // by keyboard: the speed scale, then Enter on the button
        browser.find("input[name='speed'][value='1']").sendKeys(Keys.SPACE);
        browser.byId("sendSurvey").sendKeys(Keys.ENTER);
        waitFor("number=");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("surveyAnswered")).isEmpty());
        assertThat(browser.text("#messages")).contains(Texts.messages("ko").get("performance.survey.thanks"));
        assertThat(browser.findAll("#surveyForm")).as("asked once").isEmpty();
        axeOnBothScreens();

        signIn("officer@madang.go.kr");
        browser.open("/office/");
        browser.clickAndWait("departmentComments");
        assertThat(browser.text("#comments")).contains("사유는 알겠지만 연락처 *** 로 미리 알려 주셨으면 합니다.")
                .doesNotContain("010-2222-3333").doesNotContain("Emily");
        axeOnBothScreens();
        browser.open("/office/performance/");
        assertThat(browser.text("h1")).as("supervisors only").isEqualTo(KO.get("error.403.title"));

        // the supervisor sees the department's queue: health, each officer's load, the late cases
        signIn("supervisor@madang.go.kr");
        browser.open("/office/");
        browser.clickAndWait("supervisorOverview");
        assertThat(browser.text("h1")).isEqualTo(KO.get("performance.office.title"));
        assertThat(Long.parseLong(browser.text("#healthOpen"))).isPositive();
        assertThat(browser.text("#workload")).contains("최유진");
        axeOnBothScreens();
    }

    @Test
    void aVisitorReadsATaskAndASupervisorProposesOneAfterTheOverlapCheck() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open("/performance/?lang=ko");
        browser.clickAndWait("toTasks");
        assertThat(browser.text("h1")).isEqualTo(KO.get("performance.tasks.title"));
        assertThat(browser.findAll("#tasks tbody tr")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(browser.text("#officials")).contains("김정훈").contains("한지수");
        axeOnBothScreens();

        // by keyboard: the committee key tasks only
        new Select(browser.byId("type")).selectByValue("COMMITTEE_KEY");
        browser.byId("type").sendKeys(Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("applyTaskFilter");
        browser.press(Keys.ENTER);
        waitFor("type=COMMITTEE_KEY");
        assertThat(browser.findAll("#tasks tbody tr td:nth-child(2)")).isNotEmpty()
                .allSatisfy(td -> assertThat(td.getText()).isEqualTo(KO.get("performance.task.type.COMMITTEE_KEY")));

        // the task whose plan changed: both versions, the reason, each year's grade
        WebElement link = browser.find("#tasks a[href*='task.xhtml']");
        for (WebElement a : browser.findAll("#tasks a[href*='task.xhtml']")) {
            if (a.getText().equals("민원 단일창구 구축")) {
                link = a;
            }
        }
        assertThat(link.getText()).isEqualTo("민원 단일창구 구축");
        link.sendKeys(Keys.ENTER);
        waitFor("task.xhtml?id=");
        assertThat(browser.text("h1")).isEqualTo("민원 단일창구 구축");
        assertThat(browser.text("#taskOfficial")).isEqualTo("한지수");
        assertThat(browser.findAll("section.task-plan")).hasSize(2);
        assertThat(browser.text("#plan1")).contains(KO.get("performance.task.status.SUPERSEDED")).contains("김정훈");
        assertThat(browser.text("#plan2 .plan-reason")).contains("조직 개편");
        assertThat(browser.findAll("#evaluations tbody tr")).hasSize(2);
        assertThat(browser.findAll("#evaluations td.grade")).allSatisfy(td -> assertThat(td.getText()).isNotBlank());
        axeOnBothScreens();
        long overflow = (Long) browser.phone().driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("the indicator tables scroll inside their own region").isLessThanOrEqualTo(0);
        browser.desktop();
        assertThat(get("/api/performance/tasks?type=COMMITTEE_KEY").body()).contains("민원 단일창구 구축")
                .contains("\"grade\":\"");
        assertThat(get("/api/performance/tasks?type=NOPE").statusCode()).isEqualTo(404);
        assertThat(get("/openapi").body()).contains("/api/performance/tasks");

        // a supervisor proposes: the check shows the other agency's similar task, the answer is required
        signIn("supervisor@madang.go.kr");
        browser.open("/office/performance/tasks/");
        browser.clickAndWait("proposeTask");
        String title = "복지서비스 무방문 신청 안내 " + System.nanoTime() % 100000;
        browser.fill("title", title)
                .fill("goals", "세무서를 찾은 주민에게 복지서비스 무방문 신청을 안내한다.")
                .fill("official", "정하늘").fill("firstYear", "2026").fill("lastYear", "2027")
                .fill("budgets", "2026: 100\n2027: 120");
        browser.find("[id$=':0:iName']").sendKeys("안내 건수");
        browser.find("[id$=':0:iUnit']").sendKeys("건");
        browser.find("[id$=':0:iBaseline']").sendKeys("0");
        browser.find("[id$=':0:iWeight']").sendKeys("100");
        browser.find("[id$=':0:iTargets']").sendKeys("2026: 500, 2027: 1000");
        browser.find("[id$=':0:iMethod']").sendKeys("창구 안내 대장");
        browser.clickAndWait("checkSimilar");
        assertThat(browser.text("#similarTasks")).contains("복지서비스 무방문 신청");
        axeOnBothScreens();
        browser.clickAndWait("saveTask");
        assertThat(browser.text("#errorSummary")).contains(Texts.messages("ko").get("performance.task.required.difference"));
        assertThat(browser.byId("official").getAttribute("value")).isEqualTo("정하늘");
        axeOnBothScreens();
        browser.fill("difference", "세무서 창구의 안내만 맡고 신청 화면은 보건복지부 것을 씁니다.");
        browser.byId("saveTask").sendKeys(Keys.ENTER);
        waitFor("/office/performance/tasks/");
        assertThat(browser.text("#messages")).contains(Texts.messages("ko").get("performance.task.proposed")
                .replaceAll("\\(.*", "").strip());
        assertThat(browser.text("#myTasks")).contains("복지서비스 무방문 신청 안내")
                .contains(KO.get("performance.task.status.PROPOSED"));
        axeOnBothScreens();

        // the committee reads it beside the similar task and rejects it, with the reason
        signIn("admin@madang.go.kr");
        browser.open("/office/performance/tasks/");
        browser.clickAndWait(browser.findAll("#pendingTasks tr").stream().filter(tr -> tr.getText().contains(title))
                .findFirst().orElseThrow().findElement(org.openqa.selenium.By.tagName("a")));
        assertThat(browser.text("#reviewDifference")).contains("보건복지부");
        axeOnBothScreens();
        browser.clickAndWait("rejectTask");
        assertThat(browser.text("#errorSummary"))
                .contains(Texts.messages("ko").get("performance.task.required.rejectionReason"));
        browser.fill("rejectionReason", "보건복지부 과제의 창구 안내와 겹칩니다.");
        browser.clickAndWait("rejectTask");
        assertThat(browser.text("#rejectedNotice")).contains("보건복지부 과제의 창구 안내와 겹칩니다.");
        assertThat(browser.findAll("#rejectTask")).isEmpty();
        axeOnBothScreens();
    }

    private static void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", "Madang!2026");
        browser.clickAndWait("submit");
        browser.open("/?lang=ko");
    }

    /** The indicators table as text: the header row, then each row; a dash is an empty cell. */
    private static List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findAll("#indicators tr")) {
            List<String> cells = new ArrayList<>();
            for (WebElement c : tr.findElements(By.cssSelector("th, td"))) {
                String t = c.getText().strip();
                cells.add("–".equals(t) ? "" : t);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<List<String>> csv(String href) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        return org.madang.performance.CsvReader.parse(body.substring(1));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(browser.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void waitFor(String inAddress) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(inAddress)
                        && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void axeOnBothScreens() {
        browser.desktop();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }
}
