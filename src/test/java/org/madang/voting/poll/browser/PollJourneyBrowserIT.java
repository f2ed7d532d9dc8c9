package org.madang.voting.poll.browser;

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

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participatory-budget journey in Chromium: the election administrator sets a budget up and
 * opens it through /poll-admin/; the verified demo resident takes part, is told that her first
 * selection is over budget (with the total and the budget, selection kept), takes part within the
 * budget, sees her receipt, finds it in the public receipt list and checks the whole chain. Also the
 * closed demo poll's results and the pages in English for an anonymous visitor. axe-core on every
 * page, desktop and phone.
 */
class PollJourneyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final Texts EN = Texts.of("en");
    private static final String DEMO = "Madang!2026";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void aResidentTakesPartInABudgetAndFindsHerReceiptInTheChain() {
        long id = setUpBudget();

        // -- the resident finds it, is refused over budget, then takes part within it --
        signIn("resident@madang.go.kr");
        browser.open("/polls/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("poll.list.title"));
        assertThat(browser.findAll("li[data-poll='" + id + "']")).hasSize(1);
        axeOnBothScreens();
        browser.open("/polls/poll.xhtml?id=" + id);
        assertThat(browser.text("#noResultsYet")).isEqualTo(KO.get("poll.results.atClosing"));
        assertThat(browser.findAll("#results")).isEmpty();
        axeOnBothScreens();
        browser.clickAndWait("takePartLink");
        assertThat(browser.currentPath()).startsWith("/my/polls/take.xhtml");
        axeOnBothScreens();

        check(1);
        check(2); // 200 + 150 million: over the 300 million budget
        // the running total says so before anything is sent
        assertThat(browser.text("#runningTotal")).contains("350,000,000", "300,000,000")
                .contains(KO.get("poll.takePart.overBudget"));
        browser.clickAndWait("submitChoice");
        assertThat(browser.text("#choicesError")).contains("350,000,000").contains("300,000,000");
        assertThat(checkbox(1).isSelected()).as("selection kept").isTrue();
        assertThat(checkbox(2).isSelected()).isTrue();
        axeOnBothScreens();

        // by keyboard: Space toggles a focused checkbox
        checkbox(2).sendKeys(Keys.SPACE);
        checkbox(4).sendKeys(Keys.SPACE); // 200 + 90 million
        assertThat(checkbox(2).isSelected()).isFalse();
        assertThat(checkbox(4).isSelected()).isTrue();
        assertThat(browser.text("#runningTotal")).contains("290,000,000").doesNotContain(KO.get("poll.takePart.overBudget"));
        browser.clickAndWait("submitChoice");
        assertThat(browser.currentPath()).startsWith("/my/polls/receipt.xhtml");
        String code = browser.text("#receiptCode");
        String digest = browser.text("#receiptDigest");
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(browser.text("#chosen")).contains("구립도서관 열람실 개선").contains("마을버스 정류장 온열의자");
        axeOnBothScreens();

        // -- the receipt is in the public list with the same digest, and the chain holds --
        browser.clickAndWait("findInList");
        assertThat(browser.currentPath()).startsWith("/polls/receipts.xhtml");
        assertThat(browser.find("#foundReceipt").getAttribute("data-sequence")).isEqualTo("1");
        assertThat(browser.text("#foundDigest")).isEqualTo(digest);
        assertThat(browser.findAll("tr[data-code='" + code + "']")).hasSize(1);
        axeOnBothScreens();
        browser.clickAndWait("verifyChain");
        assertThat(browser.find("#chainVerdict").getAttribute("data-intact")).isEqualTo("true");
        axeOnBothScreens();
        // a mistyped code is reported at the field
        browser.fill("code", code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0"));
        browser.clickAndWait("find");
        assertThat(browser.text("#codeError")).isNotBlank();
        axeOnBothScreens();

        // -- the set-up pages are the election administrator's only --
        browser.open("/poll-admin/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.403.title"));

        // -- taking part again is not offered; "my polls" lists it --
        browser.open("/polls/poll.xhtml?id=" + id);
        assertThat(browser.findAll("#tookPart")).hasSize(1);
        assertThat(browser.findAll("#takePartLink")).isEmpty();
        browser.open("/my/polls/");
        assertThat(browser.findAll("#takenPart li[data-poll='" + id + "']")).hasSize(1);
        axeOnBothScreens();
        browser.open("/my/polls/take.xhtml?id=" + id);
        assertThat(browser.findAll("#tookPart")).hasSize(1);
        assertThat(browser.findAll("#submitChoice")).isEmpty();
        axeOnBothScreens();
    }

    @Test
    void anonymousVisitorsSeeClosedResultsAndOpenPollsInEnglish() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/polls/?lang=en");
        assertThat(browser.text("h1")).isEqualTo(EN.get("poll.list.title"));
        axeOnBothScreens();
        WebElement closed = browser.find("#closedPolls li a");
        browser.clickAndWait(closed);
        assertThat(browser.find("#phase").getAttribute("data-phase")).isEqualTo("CLOSED");
        assertThat(browser.findAll("#resultTable tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        axeOnBothScreens();
        browser.clickAndWait("receiptsLink");
        assertThat(browser.text("h1")).isEqualTo(EN.get("poll.receipts.title"));
        // by keyboard: type a code from the list, Enter finds it; Tab, Tab, Enter checks the chain
        String code = browser.find("#receipts tbody tr").getAttribute("data-code");
        browser.byId("code").sendKeys(code);
        browser.driver().executeScript("window.__madangOldPage = true");
        browser.press(Keys.ENTER);
        waitForNewPage();
        assertThat(browser.find("#foundReceipt").getAttribute("data-sequence")).isNotBlank();
        browser.byId("code").click();
        assertThat(browser.tab(1).getAttribute("id")).isEqualTo("find");
        assertThat(browser.tab(1).getAttribute("id")).isEqualTo("verifyChain");
        browser.driver().executeScript("window.__madangOldPage = true");
        browser.press(Keys.ENTER);
        waitForNewPage();
        assertThat(browser.find("#chainVerdict").getAttribute("data-intact")).isEqualTo("true");
        axeOnBothScreens();

        browser.open("/polls/?lang=en");
        browser.clickAndWait(browser.find("#openPolls li a"));
        assertThat(browser.findAll("#signInToTakePart")).hasSize(1);
        assertThat(browser.findAll("#results")).isEmpty();
        axeOnBothScreens();
        browser.open("/?lang=ko");
    }

    /** The election administrator creates and opens a fresh budget (so the test never depends on earlier runs). */
    private long setUpBudget() {
        signIn("election@madang.go.kr");
        browser.open("/poll-admin/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("poll.admin.title"));
        axeOnBothScreens();
        browser.find("input[name='kind'][value='BUDGET']").click();
        String title = "시험 주민참여예산 " + System.nanoTime();
        browser.fill("titleKo", title).fill("titleEn", "Test budget").fill("descriptionKo", "브라우저 시험용 예산")
                .fill("descriptionEn", "A budget for the browser test");
        new Select(browser.byId("region")).selectByValue("SEOUL");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        setValue("opensAt", now.minus(Duration.ofHours(1)).format(LOCAL));
        setValue("closesAt", now.plus(Duration.ofDays(3)).format(LOCAL));
        new Select(browser.byId("mode")).selectByValue("KNAPSACK");
        browser.fill("budget", "300000000");
        browser.clickAndWait("create");
        assertThat(browser.currentPath()).startsWith("/poll-admin/poll.xhtml");
        Matcher m = Pattern.compile("id=(\\d+)").matcher(browser.currentPath());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        axeOnBothScreens();
        addProject("구립도서관 열람실 개선", "Library reading room", "200000000");
        addProject("골목 화단 가꾸기", "Alley flower beds", "150000000");
        addProject("어르신 무료 건강 교실", "Free health classes for seniors", "120000000");
        addProject("마을버스 정류장 온열의자", "Heated seats at village bus stops", "90000000");
        assertThat(browser.findAll("#optionList li")).hasSize(4);
        axeOnBothScreens();
        browser.clickAndWait("open");
        assertThat(browser.findAll("#close")).hasSize(1);
        return id;
    }

    private void addProject(String ko, String en, String cost) {
        browser.fill("labelKo", ko).fill("labelEn", en).fill("cost", cost);
        browser.clickAndWait("add");
    }

    private WebElement checkbox(int position) {
        return browser.driver().findElement(By.cssSelector("input[name='choices'][value='" + position + "']"));
    }

    private void check(int position) {
        if (!checkbox(position).isSelected()) {
            checkbox(position).click();
        }
    }

    private void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO);
        browser.clickAndWait("submit");
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

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), value);
    }

    /** After a key press that submits: waits for the next document, as Browser.clickAndWait does for clicks. */
    private void waitForNewPage() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__madangOldPage === undefined && document.readyState === 'complete'")));
    }
}
