package org.madang.voting.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A trustee's key made in the browser, then a voter's whole path in Chromium: the credential from the inbox, the booth encrypting in the
 * browser with booth.js, the tracker shown before casting and on the receipt, a revote, and the
 * tracker found on the public board. Needs the encryption library: served by the portal at
 * /resources/js/booth/booth.js, or (before that file is merged) given as -Dmadang.boothjs=FILE and
 * injected into the page; without either the test is skipped, not passed.
 */
class BoothJourneyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String PASSWORD = "Voter!2026pw";
    private static final Texts KO = Texts.of("ko");
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern CREDENTIAL = Pattern.compile("[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}");

    private static void signIn(String email, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", password);
        browser.clickAndWait("submit");
    }

    private static void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), value);
    }

    /** Makes sure MadangBooth is on the page: served, or injected from -Dmadang.boothjs; else skips. */
    private static void requireBoothLibrary() throws Exception {
        Object present = browser.driver().executeScript("return typeof window.MadangBooth !== 'undefined'");
        if (Boolean.TRUE.equals(present)) {
            return;
        }
        String file = System.getProperty("madang.boothjs");
        assumeTrue(file != null && Files.isReadable(Path.of(file)),
                "booth.js is neither served nor given with -Dmadang.boothjs");
        browser.driver().executeScript(Files.readString(Path.of(file)));
    }

    private static String vote(int answer) throws Exception {
        requireBoothLibrary();
        for (WebElement box : browser.findAll("#booth input[type=checkbox]")) {
            if (box.isSelected()) {
                box.click();
            }
        }
        browser.byId("q0a" + answer).click();
        browser.byId("encrypt").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.byId("preview").isDisplayed()
                        || browser.byId("boothStatus").getAttribute("class").contains("message--error"));
        assertThat(browser.byId("boothStatus").getAttribute("class")).as(browser.text("#boothStatus"))
                .doesNotContain("message--error");
        String before = browser.byId("previewTracker").getText();
        assertThat(browser.byId("ballot").getAttribute("value")).startsWith("{\"election_uuid\":");
        browser.clickAndWait("cast");
        assertThat(browser.byId("castTracker").getText()).as("the tracker seen before casting").isEqualTo(before);
        return before;
    }

    private static String register(String name) {
        String email = "journey." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@example.kr";
        browser.driver().manage().deleteAllCookies();
        browser.open("/register.xhtml");
        browser.fill("name", name).fill("email", email).fill("password", PASSWORD)
                .fill("passwordConfirmation", PASSWORD);
        setValue("birthDate", "1991-03-04");
        new Select(browser.byId("region")).selectByValue("BUSAN");
        browser.clickAndWait("submit");
        return email;
    }

    @Test
    void aVoterCastsAndRecastsAnEncryptedBallotAndFindsItOnTheBoard() throws Exception {
        String voter = register("기표 여정");
        String trustee = register("관리 여정");

        signIn("election@madang.go.kr", "Madang!2026");
        browser.open("/election-admin/");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        browser.fill("name", "기표소 여정 " + SEQ.incrementAndGet());
        setValue("opensAt", LOCAL.format(now.minusMinutes(5)));
        setValue("closesAt", LOCAL.format(now.plusDays(1)));
        browser.clickAndWait("create");
        browser.fill("questionText", "Who?");
        browser.fill("questionAnswers", "Alice\nBob\nCarol");
        browser.clickAndWait("addQuestion");
        browser.byId("eligibility:1").click();
        browser.fill("voterList", voter);
        browser.clickAndWait("saveEligibility");
        browser.fill("trusteeEmail", trustee);
        browser.clickAndWait("assignTrustee");
        browser.clickAndWait("addPortalTrustee");
        String uuid = browser.currentPath().replaceAll(".*id=", "");

        // the trustee makes the key pair in the browser; only the public key is posted
        signIn(trustee, PASSWORD);
        browser.open("/my/trustee.xhtml?election=" + uuid);
        requireBoothLibrary();
        browser.click("generateKey");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.byId("privateKeyDownload").isDisplayed());
        assertThat(browser.byId("publicKey").getAttribute("value")).startsWith("{\"pok\":");
        assertThat(browser.byId("privateKeyDownload").getAttribute("href")).startsWith("blob:");
        browser.assertNoAxeViolations();
        browser.clickAndWait("uploadKey");
        assertThat(browser.text("#keyState")).isEqualTo(KO.get("voting.trustee.keyUploaded"));

        signIn("election@madang.go.kr", "Madang!2026");
        browser.open("/election-admin/election.xhtml?id=" + uuid);
        browser.clickAndWait("freeze");
        assertThat(browser.byId("adminPhase").getAttribute("data-phase")).isEqualTo("OPEN");

        signIn(voter, PASSWORD);
        browser.open("/my/inbox.xhtml");
        browser.clickAndWait(browser.find(".inbox-subject"));
        Matcher m = CREDENTIAL.matcher(browser.text("#openedMessage"));
        assertThat(m.find()).as("a credential in the message").isTrue();
        String credential = m.group();
        browser.clickAndWait("relatedLink");
        assertThat(browser.currentPath()).contains("/my/booth.xhtml?election=" + uuid);

        browser.fill("credential", credential);
        String first = vote(0);
        browser.open("/my/booth.xhtml?election=" + uuid);
        assertThat(browser.findAll("#alreadyVoted")).hasSize(1);
        browser.fill("credential", credential);
        String second = vote(2);
        assertThat(second).isNotEqualTo(first);

        browser.clickAndWait("checkTracker");
        assertThat(browser.byId("trackerResult").getAttribute("data-found")).isEqualTo("true");
        assertThat(browser.byId("trackerResult").getAttribute("data-superseded")).isEqualTo("false");
        assertThat(browser.text("#board")).contains(first).contains(second);
        browser.assertNoAxeViolations();
    }
}
