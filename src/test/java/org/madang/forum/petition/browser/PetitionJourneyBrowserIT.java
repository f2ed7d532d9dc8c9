package org.madang.forum.petition.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Database;
import org.madang.testsupport.Texts;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The petition journey in Chromium: a verified resident drafts a petition to Jongno-gu (a refused
 * empty form first), five residents sponsor it through its private link, the author publishes it,
 * two more residents support it past the district's answer threshold (one withdraws and supports
 * again), the district's officer finds it in the queue with its deadline, answers, accepts it,
 * records a step and marks it done; a supporter finds the notices in the inbox; anyone reads the
 * outcome on the page and in the API. Script payloads in the title, text, answer, reasons and
 * step stay text on every page. axe-core on every page, desktop and phone.
 */
class PetitionJourneyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final Texts MESSAGES = Texts.messages("ko");
    private static final String DEMO = "Madang!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    static String img(String tag) {
        return "<img src=x id=xss-" + tag + " onerror=alert(1)>";
    }

    @Test
    void draftedSponsoredPublishedSupportedAnsweredAndSupportersTold() throws Exception {
        List<String> people = verifiedResidents(8);
        String author = people.get(0);
        String title = "마을버스 막차 연장 " + img("title");
        String body = "밤 12시까지 운행해 주세요.\n" + img("body");

        // -- the author drafts: an empty form is refused field by field, then the draft is saved --
        signIn(author);
        browser.open("/petitions/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("petition.list.title"));
        axeOnBothScreens();
        browser.clickAndWait("newPetition");
        assertThat(browser.currentPath()).startsWith("/my/petitions/new.xhtml");
        axeOnBothScreens();
        browser.clickAndWait("saveDraft");
        assertThat(browser.findAll(".error").stream().filter(e -> !e.getText().isBlank()).count()).isGreaterThanOrEqualTo(3);
        axeOnBothScreens();
        browser.fill("title", title).fill("text", body);
        new Select(browser.byId("category")).selectByValue("TRANSPORT");
        new Select(browser.byId("agency")).selectByValue("JONGNO");
        browser.clickAndWait("saveDraft");
        assertThat(browser.currentPath()).startsWith("/my/petitions/draft.xhtml");
        long id = Long.parseLong(browser.currentPath().replaceAll(".*id=(\\d+).*", "$1"));
        assertThat(browser.find("#sponsorCount").getAttribute("data-count")).isEqualTo("0");
        assertThat(browser.findAll("#publish")).isEmpty();
        shows(null, title, body);
        axeOnBothScreens();
        String link = browser.byId("sponsorLink").getAttribute("value");
        String sponsorPath = link.substring(link.indexOf("/my/petitions/sponsor.xhtml"));

        // -- not public yet --
        browser.open("/petitions/petition.xhtml?id=" + id);
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.404.title"));

        // -- five residents sponsor it through the link; the author may not --
        browser.open(sponsorPath);
        assertThat(browser.text("#refusal")).isEqualTo(KO.get("petition.refused.author"));
        for (int i = 1; i <= 5; i++) {
            signIn(people.get(i));
            browser.open(sponsorPath);
            if (i == 1) {
                shows(null, title, body);
                axeOnBothScreens();
            }
            browser.clickAndWait("sponsor");
            assertThat(browser.findAll("#sponsored")).hasSize(1);
        }
        axeOnBothScreens();

        // -- the author publishes --
        signIn(author);
        browser.open("/my/petitions/draft.xhtml?id=" + id);
        assertThat(browser.find("#sponsorCount").getAttribute("data-count")).isEqualTo("5");
        browser.clickAndWait("publish");
        assertThat(browser.currentPath()).startsWith("/petitions/petition.xhtml");
        assertThat(count()).isEqualTo(6);
        assertThat(browser.find("#answerState").getAttribute("data-state")).isEqualTo("NOT_DUE");
        shows(null, title, body);
        axeOnBothScreens();

        // -- two more residents support it past Jongno-gu's threshold of 8; one withdraws and supports again --
        signIn(people.get(6));
        browser.open("/petitions/petition.xhtml?id=" + id);
        browser.clickAndWait("supportLink");
        assertThat(browser.currentPath()).startsWith("/my/petitions/support.xhtml");
        axeOnBothScreens();
        browser.clickAndWait("support");
        assertThat(count()).isEqualTo(7);
        assertThat(browser.findAll("#supported")).hasSize(1);
        browser.clickAndWait("withdrawLink");
        browser.clickAndWait("withdraw");
        assertThat(count()).isEqualTo(6);
        browser.clickAndWait("supportLink");
        browser.clickAndWait("support");
        assertThat(count()).isEqualTo(7);
        String supporter = people.get(7);
        signIn(supporter);
        browser.open("/my/petitions/support.xhtml?id=" + id);
        browser.clickAndWait("support");
        assertThat(count()).isEqualTo(8);
        assertThat(browser.find("#answerState").getAttribute("data-state")).isEqualTo("DUE");
        assertThat(browser.findAll("#answerDue")).hasSize(1);
        assertThat(browser.findAll("#regions tr[data-region]")).isNotEmpty();
        axeOnBothScreens();

        // -- Jongno-gu's officer finds it in the queue with its deadline, answers, accepts, records a step, done --
        signIn("officer2@madang.go.kr");
        browser.open("/office/petitions/");
        assertThat(browser.find("#obligations tr[data-petition='" + id + "']").getAttribute("data-state")).isEqualTo("DUE");
        shows(null, title);
        axeOnBothScreens();
        browser.open("/office/petitions/petition.xhtml?id=" + id);
        axeOnBothScreens();
        browser.clickAndWait("submitAnswer");
        assertThat(browser.findAll(".error").stream().filter(e -> !e.getText().isBlank()).count()).isGreaterThanOrEqualTo(1);
        String answer = "검토했습니다. " + img("answer");
        browser.fill("answer", answer);
        browser.clickAndWait("submitAnswer");
        shows(null, answer);
        axeOnBothScreens();
        browser.click("outcome:0");
        String reason = "내년 예산에 반영합니다. " + img("reason");
        browser.fill("reason", reason);
        browser.clickAndWait("submitOutcome");
        String step = "노선 조정안 확정 " + img("step");
        browser.fill("milestone", step);
        browser.clickAndWait("submitMilestone");
        shows(null, reason, step);
        axeOnBothScreens();
        browser.clickAndWait("markDone");
        assertThat(browser.find("#outcome").getAttribute("data-outcome")).isEqualTo("DONE");

        // -- another district's officer: not found --
        signIn("officer.seoul@madang.go.kr");
        browser.open("/office/petitions/petition.xhtml?id=" + id);
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.404.title"));

        // -- the supporter was told: answer, decision, done --
        signIn(supporter);
        shows("/my/inbox.xhtml", MESSAGES.get("petition.notice.answered.subject"),
                MESSAGES.get("petition.notice.decided.subject"), MESSAGES.get("petition.notice.done.subject"));
        assertThat(Database.number("select count(*) from inbox_message i join account a on a.id = i.account_id"
                + " where a.email = ? and i.link = ?", supporter, "/petitions/petition.xhtml?id=" + id)).isEqualTo(3);
        assertThat(Database.number("select count(*) from outbound_mail m join account a on a.id = m.recipient_account_id"
                + " join inbox_message i on i.id = m.inbox_message_id where a.email = ? and i.link = ?", supporter,
                "/petitions/petition.xhtml?id=" + id)).isEqualTo(3);

        // -- anyone reads the outcome, in English too, and in the API --
        browser.driver().manage().deleteAllCookies();
        browser.open("/petitions/petition.xhtml?id=" + id + "&lang=en");
        assertThat(browser.find("#outcome").getAttribute("data-outcome")).isEqualTo("DONE");
        assertThat(browser.findAll("#milestones li")).hasSize(1);
        assertThat(browser.findAll("#signInToSupport")).hasSize(1);
        shows(null, title, answer, reason, step);
        axeOnBothScreens();
        browser.open("/petitions/?agency=JONGNO&sort=supports&lang=en");
        assertThat(browser.findAll("li[data-petition='" + id + "']")).hasSize(1);
        shows(null, title);
        axeOnBothScreens();
        browser.open("/petitions/?lang=ko");
        HttpResponse<String> api = get("/api/petitions/" + id);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"supports\":8", "\"answerState\":\"ANSWERED\"", "\"outcome\":\"DONE\"");
        assertThat(get("/api/petitions?status=answered&agency=JONGNO").body()).contains("\"id\":" + id);
        assertThat(get("/api/petitions?status=nonsense").statusCode()).isEqualTo(422);
        // keyset pages: the Link header leads to the next page, which starts after the first
        HttpResponse<String> first = get("/api/petitions?limit=1&sort=supports");
        String nextLink = first.headers().firstValue("Link").orElseThrow();
        assertThat(nextLink).contains("rel=\"next\"").contains("cursor=s");
        String next = nextLink.substring(nextLink.indexOf('<') + 1, nextLink.indexOf('>'));
        HttpResponse<String> second = get(next.substring(next.indexOf("/api/")));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isNotEqualTo(first.body()).startsWith("[{").contains("\"id\":");
        assertThat(get("/api/petitions?cursor=x1.2").statusCode()).isEqualTo(422);
        assertThat(get("/api/petitions?sort=supports&cursor=d1.0.5").statusCode()).as("a cursor of the other sort").isEqualTo(422);
        assertThat(get("/api/petitions/999999999").statusCode()).isEqualTo(404);
        browser.open("/petitions/petition.xhtml?id=999999999");
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.404.title"));
    }

    @Test
    void anUnverifiedCitizenIsToldToVerifyAndTheDemoPetitionsShowTheirStates() throws Exception {
        signIn("citizen@madang.go.kr");
        long due = Database.number("select id from petition where title = '종로구 마을버스 심야 운행 연장'");
        browser.open("/petitions/petition.xhtml?id=" + due);
        assertThat(browser.text("#refusal")).isEqualTo(KO.get("petition.refused.notVerified"));
        assertThat(browser.find("#answerState").getAttribute("data-state")).isIn("DUE", "OVERDUE", "ANSWERED");
        axeOnBothScreens();
        browser.open("/my/petitions/support.xhtml?id=" + due);
        assertThat(browser.text("#refusal")).isEqualTo(KO.get("petition.refused.notVerified"));
        axeOnBothScreens();
        // anyone signed in reports a petition under a published rule, once
        browser.open("/petitions/petition.xhtml?id=" + due);
        browser.clickAndWait("flagPetition");
        assertThat(browser.text("#flaggedPetition")).isEqualTo("종로구 마을버스 심야 운행 연장");
        axeOnBothScreens();
        browser.click("rule:3");
        browser.clickAndWait("sendFlag");
        assertThat(browser.driver().getCurrentUrl()).contains("/petitions/petition.xhtml?id=" + due);
        assertThat(browser.text("body")).contains(Texts.messages("ko").get("moderation.flagged"));
        browser.open("/my/forum/flag.xhtml?petition=" + due);
        browser.click("rule:3");
        browser.clickAndWait("sendFlag");
        assertThat(browser.text("body")).contains(Texts.messages("ko").get("moderation.flag.already"));
        browser.open("/my/forum/flag.xhtml?petition=999999999");
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.404.title"));
        browser.open("/my/petitions/");
        axeOnBothScreens();
        browser.open("/petitions/?status=answered");
        assertThat(browser.findAll("#petitions li")).isNotEmpty();
        axeOnBothScreens();
    }

    // ---- steps ----------------------------------------------------------------------------------------

    /**
     * New verified residents, made in the database as the identity context records them (the demo
     * resident's password hash, level VERIFIED_RESIDENT, a resident key of their own): a page would
     * need a registry identity per person.
     */
    private static List<String> verifiedResidents(int n) throws Exception {
        List<String> emails = new ArrayList<>();
        String[] regions = {"SEOUL", "BUSAN", "DAEGU", "INCHEON", "GWANGJU", "DAEJEON", "ULSAN", "GYEONGGI"};
        for (int i = 0; i < n; i++) {
            String email = "petition." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@it.example.kr";
            long id = Database.number("insert into account (email, name, password_hash, birth_date, region, verification,"
                    + " verified_at, created_at, password_changed_at) select ?, '청원시험" + i + "', password_hash, date '1985-05-05',"
                    + " ?, 'VERIFIED_RESIDENT', now(), now(), now() from account where email = 'resident@madang.go.kr'"
                    + " returning id", email, regions[i % regions.length]);
            Database.update("insert into account_role (account_id, role) values (?, 'CITIZEN')", id);
            Database.update("insert into resident_identity (resident_key, identity_hash, account_id, bound_at)"
                    + " values (gen_random_uuid(), null, ?, now())", id);
            emails.add(email);
        }
        return emails;
    }

    private static long count() {
        return Long.parseLong(browser.find("#supportCount").getAttribute("data-count"));
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

    private static HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(URI.create(browser.url(path))).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page shows each text as text, opens no dialog and holds no element of a payload. */
    private static void shows(String path, String... texts) {
        try {
            if (path != null) {
                browser.open(path);
            }
            browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300)");
            try {
                browser.driver().switchTo().alert();
                fail("a dialog is open on " + browser.currentPath());
            } catch (NoAlertPresentException expected) {
                // none
            }
            Object injected = browser.driver().executeScript("return Array.from(document.querySelectorAll("
                    + "'[id^=\"xss-\"]')).map(e => e.outerHTML).join(' | ')");
            assertThat(String.valueOf(injected)).as("payload markup in %s", browser.currentPath()).isEmpty();
            String page = browser.text("body");
            for (String t : texts) {
                for (String line : t.split("\n")) {
                    assertThat(page).as("%s shows the text", browser.currentPath()).contains(line);
                }
            }
        } catch (UnhandledAlertException dialog) {
            fail("a dialog opened on " + browser.currentPath() + ": " + dialog.getAlertText());
        }
    }
}
