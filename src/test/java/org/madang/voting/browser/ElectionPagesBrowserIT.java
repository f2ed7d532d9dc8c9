package org.madang.voting.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The election pages in a real headless Chromium: an election administrator sets up and freezes an
 * election by keyboard-friendly forms; the public list, election page, bulletin board with tracker
 * search, result and verifier page of the demo election; the booth as seen by a voter on the roll
 * and by someone who is not. axe-core (WCAG 2.1 AA) on each, at desktop and phone size.
 */
class ElectionPagesBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String DEMO_PASSWORD = "Madang!2026";
    private static final String DEMO = "MadangDemoVote26";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static void signIn(String email, String password) {
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", password);
        browser.clickAndWait("submit");
    }

    private static void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), value);
    }

    private static void axeBothSizes() {
        browser.desktop();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }

    private static String registerVoter() {
        String email = "booth." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@example.kr";
        browser.open("/register.xhtml");
        browser.fill("name", "기표 시험").fill("email", email).fill("password", "Voter!2026pw")
                .fill("passwordConfirmation", "Voter!2026pw");
        setValue("birthDate", "1990-01-02");
        new Select(browser.byId("region")).selectByValue("SEOUL");
        browser.clickAndWait("submit");
        return email;
    }

    @Test
    void anElectionAdministratorSetsUpAndFreezesAnElection() {
        String voter = registerVoter();
        browser.driver().manage().deleteAllCookies();
        signIn("election@madang.go.kr", DEMO_PASSWORD);
        browser.open("/election-admin/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("voting.admin.title"));
        axeBothSizes();

        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        String name = "브라우저 시험 투표 " + SEQ.incrementAndGet();
        browser.fill("name", name);
        setValue("opensAt", LOCAL.format(now.minusMinutes(5)));
        setValue("closesAt", LOCAL.format(now.plusDays(1)));
        browser.clickAndWait("create");
        assertThat(browser.currentPath()).contains("/election-admin/election.xhtml?id=");
        assertThat(browser.text("h1")).isEqualTo(name);

        browser.fill("questionText", "가장 필요한 시설은?");
        browser.fill("questionAnswers", "도서관\n체육관\n주차장");
        browser.clickAndWait("addQuestion");
        assertThat(browser.text("#questionList")).contains("가장 필요한 시설은?").contains("체육관");

        browser.byId("eligibility:1").click();
        browser.fill("voterList", voter);
        browser.clickAndWait("saveEligibility");
        assertThat(browser.text("#eligibilityNow")).contains(KO.get("voting.eligibility.VOTER_LIST"));

        browser.clickAndWait("addPortalTrustee");
        assertThat(browser.text("#trusteeList")).contains(KO.get("voting.trustee.portalName"));
        axeBothSizes();

        browser.clickAndWait("freeze");
        assertThat(browser.byId("adminPhase").getAttribute("data-phase")).isEqualTo("OPEN");
        assertThat(browser.text("#adminRoll")).isEqualTo("1");
        String publicPath = browser.byId("publicPage").getAttribute("href");

        // the voter on the roll sees the booth: questions, credential field, and the privacy note
        browser.driver().manage().deleteAllCookies();
        signIn(voter, "Voter!2026pw");
        browser.driver().get(publicPath);
        browser.clickAndWait("voteLink");
        // one answer to give: three radio buttons of one group, not boxes
        assertThat(browser.findAll("#booth input[type=radio][name=q0]")).hasSize(3);
        assertThat(browser.findAll("#booth input[type=checkbox]")).isEmpty();
        // choices and credential are never posted: outside every form (a radio group needs a name to be one group)
        assertThat(browser.findAll("form #booth input, #booth input[form]")).as("booth inputs in a form").isEmpty();
        assertThat(browser.findAll("#credential[name]")).as("the credential has no name").isEmpty();
        // the voter's credential message is in their inbox: the booth fills it in and says so
        assertThat(browser.byId("credential").getAttribute("aria-describedby")).isEqualTo("credentialHint credentialFilled");
        assertThat(browser.byId("credential").getAttribute("value")).matches("[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}");
        axeBothSizes();
        // keyboard: the first choice is reachable and toggles with the space bar
        WebElement first = browser.find("#booth input[type=radio]");
        first.sendKeys(" ");
        assertThat(first.isSelected()).isTrue();
    }

    @Test
    void theDemoElectionIsPublicWithItsBoardResultAndTrustAssumption() {
        browser.open("/vote/");
        assertThat(browser.text("#elections")).contains("Madang Central Park");
        axeBothSizes();

        browser.open("/vote/election.xhtml?id=" + DEMO);
        assertThat(browser.byId("phase").getAttribute("data-phase")).isEqualTo("FINISHED");
        assertThat(browser.text("#tallied")).isEqualTo("5");
        assertThat(browser.findAll("#result td.count")).extracting(WebElement::getText)
                .startsWith("4", "0", "1");
        assertThat(browser.findAll("#result td.share")).extracting(WebElement::getText)
                .startsWith("80%", "0%", "20%");
        assertThat(browser.findAll("#result table.result-table caption")).hasSizeGreaterThanOrEqualTo(1);
        // 6 received, 5 counted: said and explained
        assertThat(browser.text("#resultReceived")).isEqualTo("6");
        assertThat(browser.text("#resultReplaced")).isEqualTo("1");
        assertThat(browser.text("#revoteNote")).isEqualTo(KO.get("voting.page.revoteExplained"));
        // the questions as lists of answers, not a list printed by the program
        assertThat(browser.text("#questions")).doesNotContain("[").doesNotContain("]");
        // the cryptography is for experts: behind one closed disclosure, open on request
        WebElement experts = browser.byId("experts");
        assertThat(experts.getAttribute("open")).isNull();
        assertThat(browser.byId("fingerprint").isDisplayed()).isFalse();
        assertThat(browser.byId("trust").isDisplayed()).isFalse();
        assertThat(browser.text(".site-main")).doesNotContain("belenios");
        axeBothSizes();
        browser.find("#experts summary").click();
        assertThat(browser.byId("fingerprint").isDisplayed()).isTrue();
        assertThat(browser.text("#trust")).contains(KO.get("voting.trust.credentials").substring(0, 20));
        List<WebElement> trackers = browser.findAll("#board code.tracker");
        assertThat(trackers).hasSize(6);
        assertThat(browser.findAll("#board .replaced")).hasSize(1);
        assertThat(browser.byId("archiveLink").getAttribute("href")).endsWith("/api/elections/" + DEMO + "/archive");
        axeBothSizes();

        // newest first: the second oldest is the resident's first ballot, replaced by the revote
        String replaced = trackers.get(trackers.size() - 2).getText();
        assertThat(browser.findAll("#board tbody tr").get(trackers.size() - 2).getText())
                .contains(KO.get("voting.board.replaced"));
        browser.fill("trackerInput", replaced);
        browser.clickAndWait("trackerSearch");
        assertThat(browser.byId("trackerResult").getAttribute("data-found")).isEqualTo("true");
        assertThat(browser.byId("trackerResult").getAttribute("data-superseded")).isEqualTo("true");
        axeBothSizes();
        browser.fill("trackerInput", "AAAAnotATrackerAAAA");
        browser.clickAndWait("trackerSearch");
        assertThat(browser.byId("trackerResult").getAttribute("data-found")).isEqualTo("false");

        browser.open("/vote/verify.xhtml");
        axeBothSizes();
    }

    @Test
    void theVerifierShowsItsVerdictAndTheResultInWordsAndTheProofsForExperts() throws Exception {
        HttpResponse<byte[]> bel = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(browser.url("/api/elections/" + DEMO + "/archive"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bel.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("madang-demo-", ".bel");
        file.toFile().deleteOnExit();
        Files.write(file, bel.body());

        browser.open("/vote/verify.xhtml");
        browser.byId("file").sendKeys(file.toString());
        browser.clickAndWait("check");
        assertThat(browser.byId("verdictValue").getAttribute("data-valid")).isEqualTo("true");
        assertThat(browser.text("#verdictMeaning")).isEqualTo(KO.get("voting.verify.validMeaning"));
        assertThat(browser.text("#verifiedName")).contains("Madang Central Park");
        assertThat(browser.text("#verifiedBallots")).isEqualTo("6");
        assertThat(browser.text("#verifiedTallied")).isEqualTo("5");
        // the result as the election page shows it: answers in words with their votes, never [[4, 0, 1], ...]
        assertThat(browser.findAll("#verifiedResult td.count")).extracting(WebElement::getText)
                .startsWith("4", "0", "1");
        assertThat(browser.text("#verdict")).doesNotContain("[[");
        assertThat(browser.findAll("#verdictExperts code")).allMatch(c -> !c.isDisplayed());
        axeBothSizes();

        // a damaged archive: "not valid" in words; the verifier's own message only for experts
        byte[] damaged = bel.body().clone();
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(file, damaged);
        browser.byId("file").sendKeys(file.toString());
        browser.clickAndWait("check");
        assertThat(browser.byId("verdictValue").getAttribute("data-valid")).isEqualTo("false");
        assertThat(browser.text("#verdictMeaning")).isEqualTo(KO.get("voting.verify.invalidMeaning"));
        assertThat(browser.byId("failure").isDisplayed()).isFalse();
        browser.find("#verdictExperts summary").click();
        assertThat(browser.byId("failure").isDisplayed()).isTrue();
        axeBothSizes();
    }

    @Test
    void someoneNotOnTheRollIsToldSoInTheBooth() {
        // the demo election's roll holds citizens and officers, not the supervisor
        signIn("supervisor@madang.go.kr", DEMO_PASSWORD);
        browser.open("/my/booth.xhtml?election=" + DEMO);
        assertThat(browser.text("#notOnRoll")).isEqualTo(KO.get("voting.booth.notOnRoll"));
        assertThat(browser.findAll("#booth")).isEmpty();
        axeBothSizes();
    }

    @Test
    void aTrusteeSeesTheirElectionsAndTheirPartInEach() {
        signIn("supervisor@madang.go.kr", DEMO_PASSWORD);
        browser.open("/my/trustee.xhtml");
        WebElement link = browser.find("#trusteeships a[href*='" + DEMO + "']");
        browser.clickAndWait(link);
        assertThat(browser.text("#keyState")).isEqualTo(KO.get("voting.trustee.keyUploaded"));
        assertThat(browser.text("#decryptionState")).isEqualTo(KO.get("voting.trustee.decrypted"));
        assertThat(browser.findAll("#decryptForm")).as("nothing left to do after the result").isEmpty();
        axeBothSizes();
    }
}
