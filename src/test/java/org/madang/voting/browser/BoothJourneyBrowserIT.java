package org.madang.voting.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Database;
import org.madang.testsupport.Texts;
import org.madang.voting.Tool;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trustee's key made in the browser, then a voter's whole path in Chromium: the credential filled in from the inbox, the booth encrypting in the
 * browser with booth.js, the tracker shown before casting and on the receipt, a revote, and the
 * tracker found on the public board. The encryption library the portal serves at
 * /resources/js/booth/booth.js must be on the page; without it the journey fails (a booth without it
 * cannot vote), it is not skipped.
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

    /** The booth script must be served with the page: without it nobody can vote, so the journey fails. */
    private static void requireBoothLibrary() {
        Object present = browser.driver().executeScript("return typeof window.MadangBooth !== 'undefined'");
        assertThat(present).as("window.MadangBooth: /resources/js/booth/booth.js is not served on "
                + browser.driver().getCurrentUrl()).isEqualTo(Boolean.TRUE);
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
        // the tracker before casting is for experts: behind a disclosure that opens on request
        assertThat(browser.byId("previewTracker").isDisplayed()).isFalse();
        browser.find("#previewDetails summary").click();
        String before = browser.byId("previewTracker").getText();
        assertThat(before).isNotBlank();
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

        // coming from the inbox, the booth has the credential filled in, read on the server from the
        // voter's own message: it is in no address
        assertThat(browser.byId("credential").getAttribute("value")).isEqualTo(credential);
        assertThat(browser.text("#credentialFilled")).isEqualTo(KO.get("voting.booth.credentialFilled"));
        assertThat(browser.byId("credential").getAttribute("aria-describedby")).isEqualTo("credentialHint credentialFilled");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(credential);
        browser.assertNoAxeViolations();
        String first = vote(0);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(credential);
        browser.open("/my/booth.xhtml?election=" + uuid);
        assertThat(browser.findAll("#alreadyVoted")).hasSize(1);
        assertThat(browser.byId("credential").getAttribute("value")).isEqualTo(credential);
        String second = vote(2);
        assertThat(second).isNotEqualTo(first);

        browser.clickAndWait("checkTracker");
        assertThat(browser.byId("trackerResult").getAttribute("data-found")).isEqualTo("true");
        assertThat(browser.byId("trackerResult").getAttribute("data-superseded")).isEqualTo("false");
        // received 2, counted from 1 voter: the page says a revote replaced one, in words
        assertThat(browser.text("#ballotCount")).isEqualTo("2");
        assertThat(browser.text("#votedCount")).isEqualTo("1");
        assertThat(browser.text("#replacedCount")).startsWith("1").contains(KO.get("voting.page.revoteExplained"));
        // the board of every tracker is for experts: closed until asked for
        assertThat(browser.byId("experts").getAttribute("open")).isNull();
        assertThat(browser.byId("board").isDisplayed()).isFalse();
        browser.find("#experts summary").click();
        assertThat(browser.text("#board")).contains(first).contains(second);
        List<WebElement> rows = browser.findAll("#board tbody tr");
        assertThat(rows.get(0).getText()).contains(second).doesNotContain(KO.get("voting.board.replaced"));
        assertThat(rows.get(1).getText()).contains(first).contains(KO.get("voting.board.replaced"));
        browser.assertNoAxeViolations();
    }

    /** The private key the trustee page made, read from its download link (a blob URL of this page). */
    private static String privateKeyOnThePage() {
        return (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('privateKeyDownload').href).then(r => r.text()).then(done)"
                + ".catch(e => done('cannot read the key: ' + e));");
    }

    private static String credentialFromInbox() {
        browser.open("/my/inbox.xhtml");
        browser.clickAndWait(browser.find(".inbox-subject"));
        Matcher m = CREDENTIAL.matcher(browser.text("#openedMessage"));
        assertThat(m.find()).as("a credential in the message").isTrue();
        return m.group();
    }

    /** Closing time passes (moved in the database rather than waited for), as in VotingArquillianIT. */
    private static void closingTimePasses(String uuid) throws Exception {
        assertThat(Database.update("update voting_election set closes_at = now() - interval '1 second' where uuid = ?",
                uuid)).isEqualTo(1);
    }

    @Test
    void threeVotersOneRevoteTwoTrusteesDecryptInTheirBrowsersAndBeleniosToolVerifies() throws Exception {
        List<String> voters = List.of(register("투표 하나"), register("투표 둘"), register("투표 셋"));
        List<String> trustees = List.of(register("위원 하나"), register("위원 둘"));

        signIn("election@madang.go.kr", "Madang!2026");
        browser.open("/election-admin/");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        browser.fill("name", "브라우저 개표 " + SEQ.incrementAndGet());
        setValue("opensAt", LOCAL.format(now.minusMinutes(5)));
        setValue("closesAt", LOCAL.format(now.plusDays(1)));
        browser.clickAndWait("create");
        browser.fill("questionText", "Who?");
        browser.fill("questionAnswers", "Alice\nBob\nCarol");
        browser.clickAndWait("addQuestion");
        browser.byId("eligibility:1").click();
        browser.fill("voterList", String.join("\n", voters));
        browser.clickAndWait("saveEligibility");
        for (String t : trustees) {
            browser.fill("trusteeEmail", t);
            browser.clickAndWait("assignTrustee");
        }
        String uuid = browser.currentPath().replaceAll(".*id=", "");

        // each trustee makes a key pair in their browser and keeps the private key file
        List<Path> keys = new ArrayList<>();
        for (String t : trustees) {
            signIn(t, PASSWORD);
            browser.open("/my/trustee.xhtml?election=" + uuid);
            requireBoothLibrary();
            browser.click("generateKey");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> browser.byId("privateKeyDownload").isDisplayed());
            Path key = Files.createTempFile("madang-trustee-", ".privkey");
            Files.writeString(key, privateKeyOnThePage());
            key.toFile().deleteOnExit();
            keys.add(key);
            browser.clickAndWait("uploadKey");
            assertThat(browser.text("#keyState")).isEqualTo(KO.get("voting.trustee.keyUploaded"));
        }

        signIn("election@madang.go.kr", "Madang!2026");
        browser.open("/election-admin/election.xhtml?id=" + uuid);
        browser.clickAndWait("freeze");

        // three voters vote in the booth; the first changes their mind
        int[] choices = {0, 1, 2};
        for (int i = 0; i < voters.size(); i++) {
            signIn(voters.get(i), PASSWORD);
            String credential = credentialFromInbox();
            browser.open("/my/booth.xhtml?election=" + uuid);
            assertThat(browser.byId("credential").getAttribute("value")).isEqualTo(credential);
            vote(choices[i]);
            if (i == 0) {
                browser.open("/my/booth.xhtml?election=" + uuid);
                vote(2);
            }
        }

        closingTimePasses(uuid);
        signIn("election@madang.go.kr", "Madang!2026");
        browser.open("/election-admin/election.xhtml?id=" + uuid);
        if (!browser.findAll("#close").isEmpty()) { // else the minute timer closed it first
            browser.clickAndWait("close");
        }

        // each trustee decrypts the encrypted tally in their browser with the key file
        for (int i = 0; i < trustees.size(); i++) {
            signIn(trustees.get(i), PASSWORD);
            browser.open("/my/trustee.xhtml?election=" + uuid);
            requireBoothLibrary();
            browser.byId("privateKeyFile").sendKeys(keys.get(i).toString());
            browser.click("decryptHere");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> !browser.byId("decryption").getAttribute("value").isBlank());
            browser.assertNoAxeViolations();
            browser.clickAndWait("submitDecryption");
            assertThat(browser.text("#decryptionState")).isEqualTo(KO.get("voting.trustee.decrypted"));
        }

        // the result is published, and the independent verifier accepts the whole record
        browser.open("/vote/election.xhtml?id=" + uuid);
        assertThat(browser.text("#tallied")).isEqualTo("3");
        assertThat(browser.findAll("#result td.count").stream().map(WebElement::getText).toList())
                .containsExactly("0", "1", "2");
        // a readable table: each answer's share of the ballots counted, the leader named in words
        assertThat(browser.findAll("#result td.share").stream().map(WebElement::getText).toList())
                .containsExactly("0%", "33%", "67%");
        assertThat(browser.find("#result tr.result-table__lead th").getText())
                .startsWith("Carol").contains(KO.get("voting.result.most"));
        // 4 received, 3 counted: the revote is named and explained
        assertThat(browser.text("#resultReceived")).isEqualTo("4");
        assertThat(browser.text("#resultReplaced")).isEqualTo("1");
        assertThat(browser.text("#revoteNote")).isEqualTo(KO.get("voting.page.revoteExplained"));
        browser.assertNoAxeViolations();
        HttpResponse<byte[]> bel = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(browser.url("/api/elections/" + uuid + "/archive"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bel.statusCode()).isEqualTo(200);
        Tool.Run verify = Tool.verify(Files.createTempDirectory("madang-bel-"), uuid, bel.body());
        assertThat(verify.ok()).as(verify.toString()).isTrue();
    }
}
