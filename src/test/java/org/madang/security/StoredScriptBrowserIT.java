package org.madang.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.identity.domain.BusinessRegistrationNumber;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Stored cross-site scripting, tried as an attacker would: script payloads typed into every free-text
 * field a person can fill, then every page that shows them opened, the owner's and other roles'
 * (officer's case page, privacy officer's pages, administrator's account page, the public poll and
 * election pages, the readable export). On each page the browser listens for a dialog (none may
 * open), no element of a payload may exist in the document, and the payload must read as literal text.
 * Every account and object is made here; the demo accounts only act in their roles.
 */
class StoredScriptBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String DEMO = "Madang!2026";
    private static final String PASSWORD = "Stored!Xss2026";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Texts KO = Texts.of("ko");

    // ---- payloads: each marks its elements with an id starting "xss-", so injected markup is found ----

    static String img(String tag) {
        return "<img src=x id=xss-" + tag + " onerror=alert(1)>";
    }

    static String svg(String tag) {
        return "\"><svg id=xss-" + tag + " onload=alert(1)>";
    }

    static String closeTextarea(String tag) {
        return "</textarea><script id=xss-" + tag + ">alert(1)</script>";
    }

    static String jsLink(String tag) {
        return "<a id=xss-" + tag + " href=javascript:alert(1)>javascript:alert(1)</a>";
    }

    // ---- a citizen's own words: name, correction, business, question, token ------------------------

    @Test
    void aCitizensWordsStayTextForThemTheAdministratorAndThePrivacyOfficer() {
        String name = img("name");
        String email = "xss." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@xss-it.example.kr";
        register(name, email);
        signIn(email, PASSWORD);
        shows("/my/", name);

        // a correction request's text
        String change = closeTextarea("change");
        browser.open("/my/privacy/requests.xhtml");
        new Select(browser.byId("field")).selectByIndex(1);
        browser.fill("change", change);
        browser.clickAndWait("sendCorrection");
        shows(null, change);

        // a business and its address, asked for as its representative
        String business = svg("biz");
        String address = jsLink("addr");
        browser.open("/my/business.xhtml");
        browser.fill("registrationNumber", businessNumber()).fill("businessName", business).fill("address", address);
        browser.clickAndWait("submit");
        shows(null, business);

        // the readable export holds all of it
        shows("/api/privacy/my/data.html", name, change, business);

        // the administrator finds the account, opens it (a read the citizen will ask about) and the mandate
        signIn("admin@madang.go.kr", DEMO);
        shows("/admin/accounts.xhtml?q=" + email, name);
        browser.clickAndWait(browser.find("#accounts a"));
        shows(null, name);
        shows("/admin/mandates.xhtml", business);
        WebElement card = browser.findAll("section.mandate").stream().filter(s -> s.getText().contains(business))
                .findFirst().orElseThrow(() -> new AssertionError("no mandate card showing the business name as text"));
        browser.clickAndWait(card.findElement(By.cssSelector("form[id$='approve'] input[type=submit]")));
        inert();

        // the citizen asks why the administrator read their data, and names an API token
        signIn(email, PASSWORD);
        browser.open("/my/privacy/");
        inert();
        browser.clickAndWait(browser.find("a[id^='ask-']"));
        String question = img("question");
        browser.fill("question", question);
        browser.clickAndWait("send");
        shows("/my/privacy/questions.xhtml", question);
        String token = svg("token");
        // API tokens have their own page (/my/tokens.xhtml); the business page keeps the business
        browser.open("/my/tokens.xhtml");
        browser.fill("tokenForm:tokenName", token).fill("tokenForm:tokenDays", "1");
        browser.click("tokenForm:tokenScopes:0");
        browser.clickAndWait("tokenForm:issueToken");
        shows(null, token);
        shows("/my/tokens.xhtml", token);
        shows("/my/business.xhtml", business);
        shows("/api/privacy/my/data.html", question); // API tokens are not part of the export

        // the portal's privacy officer opens the question and the correction request, and answers both
        signIn("privacy@madang.go.kr", DEMO);
        shows("/office/privacy/", new String[0]);
        openNewest("a[href*='/office/privacy/question.xhtml?id=']");
        shows(null, question);
        String answer = jsLink("answer");
        browser.fill("answer", answer);
        browser.clickAndWait("sendAnswer");
        inert();
        shows("/office/privacy/requests.xhtml", new String[0]);
        openNewest("a[href*='/office/privacy/request.xhtml?id=']");
        shows(null, change);
        String decision = closeTextarea("decision");
        browser.fill("note", decision);
        browser.clickAndWait("reject");
        inert();

        // the citizen reads both answers
        signIn(email, PASSWORD);
        shows("/my/privacy/questions.xhtml", question, answer);
        shows("/my/privacy/requests.xhtml", change, decision);
        shows("/my/inbox.xhtml", new String[0]);
    }

    // ---- an application's answers and the officer's words --------------------------------------------

    @Test
    void applicationAnswersAndTheOfficersWordsStayTextOnBothSides() throws IOException {
        String name = svg("applicant");
        String email = "xss.app." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@xss-it.example.kr";
        register(name, email);
        signIn(email, PASSWORD);
        String tradeName = img("trade");
        String address = closeTextarea("address");
        String first = applyForBusinessRegistration(tradeName, address);
        shows("/my/application.xhtml?number=" + first, tradeName, address);
        String second = applyForBusinessRegistration(jsLink("trade2"), "서울특별시 종로구 세종대로 209");

        // the officer's case page shows the applicant's words; the officer writes a note and a supplement request
        signIn("officer@madang.go.kr", DEMO);
        shows("/office/case.xhtml?number=" + first, name, tradeName, address);
        browser.clickAndWait("claim");
        String note = closeTextarea("note");
        browser.fill("note", note);
        browser.clickAndWait("addNote");
        shows(null, note, tradeName);
        String reason = jsLink("reason");
        browser.fill("supplementReason", reason);
        browser.clickAndWait("requestSupplement");
        shows(null, reason, note);
        // and rejects the second with a reason of the same kind
        browser.open("/office/case.xhtml?number=" + second);
        browser.clickAndWait("claim");
        String rejection = img("rejection");
        new Select(browser.byId("rejectionGround")).selectByIndex(1);
        browser.fill("rejectionText", rejection);
        browser.click("rejectConfirm"); // "cannot be undone": ticked as meant
        browser.clickAndWait("reject");
        shows(null, rejection);

        // the citizen reads the supplement request and the rejection; the internal note stays internal
        signIn(email, PASSWORD);
        shows("/my/application.xhtml?number=" + first, reason);
        assertThat(browser.text("body")).doesNotContain(note);
        shows("/my/application.xhtml?number=" + second, rejection);
        shows("/my/applications.xhtml", new String[0]);
        shows("/my/inbox.xhtml", new String[0]);
        shows("/api/privacy/my/data.html", tradeName, address);
    }

    // ---- the election administrator's words on the public pages ----------------------------------------

    @Test
    void pollAndElectionWordsStayTextOnThePublicPages() {
        signIn("election@madang.go.kr", DEMO);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));

        browser.open("/poll-admin/");
        String title = img("poll") + System.nanoTime();
        String description = svg("pollDescription");
        browser.fill("titleKo", title).fill("titleEn", svg("pollEn")).fill("descriptionKo", description)
                .fill("descriptionEn", jsLink("pollDescriptionEn"));
        setValue("opensAt", now.minusHours(1).format(LOCAL));
        setValue("closesAt", now.plusDays(3).format(LOCAL));
        browser.clickAndWait("create");
        assertThat(browser.currentPath()).startsWith("/poll-admin/poll.xhtml");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.currentPath());
        assertThat(id.find()).isTrue();
        String option = closeTextarea("option");
        browser.fill("labelKo", option).fill("labelEn", img("optionEn"));
        browser.clickAndWait("add");
        browser.fill("labelKo", jsLink("option2")).fill("labelEn", "Two");
        browser.clickAndWait("add");
        shows(null, title, option);
        browser.clickAndWait("open");
        inert();

        browser.driver().manage().deleteAllCookies();
        shows("/polls/", title);
        shows("/polls/poll.xhtml?id=" + id.group(1), title, description, option);

        signIn("election@madang.go.kr", DEMO);
        browser.open("/election-admin/");
        String electionName = svg("election") + System.nanoTime();
        browser.fill("name", electionName).fill("description", img("electionDescription"));
        setValue("opensAt", now.minusMinutes(5).format(LOCAL));
        setValue("closesAt", now.plusDays(1).format(LOCAL));
        browser.clickAndWait("create");
        assertThat(browser.currentPath()).contains("/election-admin/election.xhtml?id=");
        String question = jsLink("question");
        String answer = img("answer");
        browser.fill("questionText", question);
        browser.fill("questionAnswers", answer + "\n" + closeTextarea("answer2"));
        browser.clickAndWait("addQuestion");
        shows(null, electionName, question, answer);
        browser.clickAndWait("addPortalTrustee");
        browser.clickAndWait("freeze");
        inert();
        String publicPath = browser.byId("publicPage").getAttribute("href");

        browser.driver().manage().deleteAllCookies();
        shows("/vote/", electionName);
        browser.driver().get(publicPath);
        shows(null, electionName, question, answer);
    }

    // ---- what every page must hold ------------------------------------------------------------------

    /**
     * Opens {@code path} (or stays on the current page when null), then: no dialog opened, no element
     * of any payload in the document, and each given text shown literally.
     */
    private static void shows(String path, String... texts) {
        try {
            if (path != null) {
                browser.open(path);
            }
            inert();
            String page = browser.text("body");
            for (String t : texts) {
                assertThat(page).as("%s shows the payload as text", browser.currentPath()).contains(t);
            }
        } catch (UnhandledAlertException dialog) {
            fail("a dialog opened on " + path + ": " + dialog.getAlertText());
        }
    }

    /** No dialog now, nor after the page's late handlers (an image's onerror) had their chance. */
    private static void inert() {
        try {
            browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300)");
            try {
                browser.driver().switchTo().alert();
                fail("a dialog is open on " + browser.currentPath());
            } catch (NoAlertPresentException expected) {
                // none
            }
            Object injected = browser.driver().executeScript("return Array.from(document.querySelectorAll("
                    + "'[id^=\"xss-\"]')).map(e => e.outerHTML).join(' | ')");
            assertThat(String.valueOf(injected)).as("payload markup in the document of %s", browser.currentPath()).isEmpty();
            String heading = browser.findAll("h1").stream().map(WebElement::getText).findFirst().orElse("");
            assertThat(heading).as("%s is not an error page", browser.currentPath())
                    .isNotIn(KO.get("error.403.title"), KO.get("error.404.title"), KO.get("error.500.title"));
        } catch (UnhandledAlertException dialog) {
            fail("a dialog opened on " + browser.currentPath() + ": " + dialog.getAlertText());
        }
    }

    // ---- steps ----------------------------------------------------------------------------------------

    private static void register(String name, String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/register.xhtml");
        browser.fill("name", name).fill("email", email).fill("password", PASSWORD).fill("passwordConfirmation", PASSWORD);
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId("birthDate"), "1988-08-18");
        new Select(browser.byId("region")).selectByValue("SEOUL");
        browser.clickAndWait("submit");
        inert();
    }

    private static void signIn(String email, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", password);
        browser.clickAndWait("submit");
        assertThat(browser.currentPath()).as("signed in as %s", email).doesNotStartWith("/login.xhtml");
        browser.open("/?lang=ko");
    }

    /** Follows the link among {@code css} with the highest id: the one this test just made. */
    private static void openNewest(String css) {
        WebElement newest = browser.findAll(css).stream()
                .max(Comparator.comparingLong(a -> Long.parseLong(a.getAttribute("href").replaceAll(".*id=(\\d+).*", "$1"))))
                .orElseThrow(() -> new AssertionError("no link " + css + " on " + browser.currentPath()));
        browser.clickAndWait(newest);
    }

    /** Part A of business registration through the form pages; returns the receipt number. */
    private static String applyForBusinessRegistration(String tradeName, String address) throws IOException {
        browser.open("/services/?q=" + java.net.URLEncoder.encode("사업자등록 신청", StandardCharsets.UTF_8));
        WebElement link = browser.findAll("a[href*='service.xhtml?id=']").stream()
                .filter(a -> a.getText().strip().startsWith("사업자등록 신청")).findFirst()
                .orElseThrow(() -> new AssertionError("no catalogue link to business registration"));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(link.getAttribute("href"));
        assertThat(id.find()).isTrue();
        browser.open("/my/apply/start.xhtml?service=" + id.group(1));
        browser.clickAndWait("start:startApplication");
        browser.fill("apply:q_tradeName", tradeName);
        setValue("apply:q_startDate", "2026-12-01");
        new Select(browser.byId("apply:q_businessType")).selectByIndex(1);
        browser.clickAndWait("apply:next");
        browser.fill("apply:q_address", address);
        browser.driver().findElement(By.cssSelector("input[name='apply:q_premises']")).click();
        browser.byId("apply:q_lease").sendKeys(pdf().toString());
        browser.clickAndWait("apply:next");
        assertThat(browser.currentPath()).startsWith("/my/apply/check.xhtml");
        shows(null, tradeName, address);
        browser.clickAndWait("submitForm:submit");
        inert();
        return browser.text("#receiptNumber").strip();
    }

    private static Path pdf() throws IOException {
        Path f = Files.createTempDirectory("madang-xss-").resolve("lease.pdf");
        Files.writeString(f, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        f.toFile().deleteOnExit();
        return f;
    }

    private static void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), value);
    }

    /** A business registration number with a valid check digit, new on each run. */
    private static String businessNumber() {
        String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        return nine.substring(0, 3) + "-" + nine.substring(3, 5) + "-" + nine.substring(5)
                + BusinessRegistrationNumber.checkDigit(nine);
    }
}
