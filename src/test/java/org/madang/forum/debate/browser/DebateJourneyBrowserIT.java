package org.madang.forum.debate.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Database;
import org.madang.testsupport.Texts;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The debate journey in Chromium: Seoul's officer opens a debate; a resident posts a thread with
 * a script payload and another replies; the agency answers officially; three people report the
 * thread, which goes under review; the officer hides it, its author appeals, a Seoul moderator
 * (not the one who hid it) restores it; the public moderation log shows each step. axe-core on every page, desktop
 * and phone; the payload stays text everywhere.
 */
class DebateJourneyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String DEMO = "Madang!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static String img(String tag) {
        return "<img src=x id=xss-" + tag + " onerror=alert(1)>";
    }

    @Test
    void debatePostReplyOfficialAnswerFlagsHideAppealRestoreAndThePublicLog() throws Exception {
        List<String> people = accounts(5);
        String topic = "공원 개방 시간 " + SEQ.incrementAndGet() + " " + img("topic");

        // -- Seoul's officer opens a debate --
        signIn("officer.seoul@madang.go.kr");
        browser.open("/office/forum/");
        axeOnBothScreens();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        browser.fill("title", topic).fill("background", "배경입니다 " + img("background"));
        setValue("opensAt", now.minusHours(1).format(LOCAL));
        setValue("closesAt", now.plusDays(7).format(LOCAL));
        new Select(browser.byId("audience")).selectByValue("SIGNED_IN");
        browser.clickAndWait("openDebate");
        assertThat(browser.currentPath()).startsWith("/forum/debate.xhtml");
        long debate = Long.parseLong(browser.currentPath().replaceAll(".*id=(\\d+).*", "$1"));
        shows(null, topic);

        // -- a publication of /open/ linked as background, from the office page --
        long publication = Database.number("select min(id) from publication where status = 'PUBLISHED' and published_at < now()");
        browser.open("/office/forum/");
        new Select(browser.byId("documentDebate")).selectByValue(String.valueOf(debate));
        browser.fill("document", "999999999");
        browser.clickAndWait("addDocument");
        assertThat(browser.text("body")).contains(Texts.messages("ko").get("debate.document.unknown"));
        new Select(browser.byId("documentDebate")).selectByValue(String.valueOf(debate));
        browser.fill("document", String.valueOf(publication));
        browser.clickAndWait("addDocument");
        assertThat(browser.currentPath()).startsWith("/forum/debate.xhtml?id=" + debate);
        assertThat(browser.findAll("#documents li[data-publication='" + publication + "'] a")).hasSize(1);
        axeOnBothScreens();

        // -- a resident starts a thread (an empty one is refused first), another replies --
        String author = people.get(0);
        signIn(author);
        browser.open("/forum/debate.xhtml?id=" + debate);
        browser.clickAndWait("newThread");
        axeOnBothScreens();
        browser.clickAndWait("submitPost");
        assertThat(browser.findAll(".error").stream().filter(e -> !e.getText().isBlank()).count()).isGreaterThanOrEqualTo(1);
        String body = "토요일은 밤 10시까지 열어 주세요 " + img("post");
        browser.fill("body", body);
        browser.clickAndWait("submitPost");
        assertThat(browser.currentPath()).startsWith("/forum/thread.xhtml");
        long thread = Long.parseLong(browser.currentPath().replaceAll(".*id=(\\d+).*", "$1"));
        shows(null, body);
        axeOnBothScreens();
        // changed within 15 minutes: the "edited" mark leads to every wording it had
        browser.open("/my/forum/edit.xhtml?id=" + thread);
        body = body + " (수정)";
        browser.fill("body", body);
        browser.clickAndWait("saveEdit");
        browser.open("/forum/thread.xhtml?id=" + thread);
        browser.clickAndWait(browser.find("a.history-link"));
        assertThat(browser.currentPath()).startsWith("/forum/history.xhtml");
        assertThat(browser.findAll("#wordings li")).hasSize(2);
        shows(null, body, img("post"));
        axeOnBothScreens();
        signIn(people.get(1));
        browser.open("/my/forum/post.xhtml?thread=" + thread);
        browser.clickAndWait("agree");
        browser.open("/my/forum/post.xhtml?thread=" + thread);
        browser.fill("body", "저도 찬성합니다");
        browser.clickAndWait("submitPost");
        assertThat(browser.findAll("#replies article")).hasSize(1);
        // the same words again (other spacing): refused beside the field, what was typed stays
        browser.open("/my/forum/post.xhtml?thread=" + thread);
        browser.fill("body", "저도  찬성합니다 ");
        browser.clickAndWait("submitPost");
        assertThat(browser.currentPath()).startsWith("/my/forum/post.xhtml");
        assertThat(browser.text("body")).contains(java.text.MessageFormat.format(
                Texts.messages("ko").get("forum.limit.repeated"), 24));
        assertThat(browser.byId("body").getAttribute("value")).isEqualTo("저도  찬성합니다 ");
        axeOnBothScreens();

        // -- the agency answers officially --
        signIn("officer.seoul@madang.go.kr");
        browser.open("/my/forum/post.xhtml?thread=" + thread);
        browser.fill("body", "시범 운영을 **검토**하겠습니다");
        browser.click("official");
        browser.clickAndWait("submitPost");
        assertThat(browser.findAll("#replies article[data-official='true']")).hasSize(1);
        assertThat(browser.text("#replies article[data-official='true'] .post-body strong")).isEqualTo("검토");
        axeOnBothScreens();

        // -- three people report it: under review --
        for (int i = 2; i <= 4; i++) {
            signIn(people.get(i));
            browser.open("/my/forum/flag.xhtml?id=" + thread);
            if (i == 2) {
                axeOnBothScreens();
            }
            browser.click("rule:1");
            browser.clickAndWait("sendFlag");
        }
        browser.open("/forum/thread.xhtml?id=" + thread);
        assertThat(browser.findAll("#post-" + thread + " [data-moderation='UNDER_REVIEW']")).hasSize(1);

        // -- the officer hides it --
        signIn("officer.seoul@madang.go.kr");
        browser.open("/office/forum/moderation.xhtml");
        assertThat(browser.find("section[data-post='" + thread + "']").getAttribute("data-flags")).isEqualTo("3");
        shows(null, body);
        axeOnBothScreens();
        String reason = "다른 참여자를 모욕했습니다";
        String form = formOf(thread);
        new Select(browser.byId(form + ":rule")).selectByValue("ABUSE");
        browser.fill(form + ":reason", reason);
        browser.clickAndWait(form + ":hide");

        // -- the author appeals once; the same officer may not decide; another restores --
        signIn(author);
        browser.open("/my/forum/appeal.xhtml?id=" + thread);
        axeOnBothScreens();
        browser.fill("appeal", "비판이지 모욕이 아닙니다");
        browser.clickAndWait("sendAppeal");
        assertThat(browser.findAll("#appealForm")).isNotEmpty(); // still hidden: the form stays, a second send is refused
        browser.fill("appeal", "한 번 더");
        browser.clickAndWait("sendAppeal");
        assertThat(browser.text("body")).contains(Texts.messages("ko").get("moderation.appeal.once"));
        signIn("officer.seoul@madang.go.kr");
        browser.open("/office/forum/moderation.xhtml");
        form = formOf(thread);
        browser.fill(form + ":reason", "내가 결정");
        browser.clickAndWait(form + ":restore");
        assertThat(browser.text("body")).contains(Texts.messages("ko").get("moderation.appeal.anotherModerator"));
        signIn("moderator.seoul@madang.go.kr");
        browser.open("/office/forum/moderation.xhtml");
        form = formOf(thread);
        browser.fill(form + ":reason", "정책 비판으로 보아 다시 공개합니다");
        browser.clickAndWait(form + ":restore");

        // -- anyone: the post is shown again, the log has every step --
        browser.driver().manage().deleteAllCookies();
        browser.open("/forum/thread.xhtml?id=" + thread);
        shows(null, body);
        axeOnBothScreens();
        browser.open("/forum/moderation-log.xhtml");
        assertThat(browser.findAll("#log tr[data-post='" + thread + "']")).extracting(e -> e.getAttribute("data-action"))
                .containsExactly("APPEAL_RESTORED", "HIDDEN", "UNDER_REVIEW");
        shows(null, reason);
        axeOnBothScreens();
        browser.open("/forum/?lang=en");
        assertThat(browser.findAll("li[data-debate='" + debate + "']")).hasSize(1);
        axeOnBothScreens();
        browser.open("/forum/debate.xhtml?id=" + debate + "&sort=agreed");
        shows(null, body);
        axeOnBothScreens();
        browser.open("/forum/debate.xhtml?id=999999999&lang=ko");
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.404.title"));
    }

    /** The id of the moderation form of a post in the queue (one form per post, ids made by the repeat). */
    private static String formOf(long post) {
        return browser.find("section[data-post='" + post + "'] form").getAttribute("id");
    }

    private static List<String> accounts(int n) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = "debate." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@it.example.kr";
            long id = Database.number("insert into account (email, name, password_hash, birth_date, region, created_at,"
                    + " password_changed_at) select ?, '토론시험', password_hash, date '1980-03-03', 'SEOUL', now(), now()"
                    + " from account where email = 'resident@madang.go.kr' returning id", email);
            Database.update("insert into account_role (account_id, role) values (?, 'CITIZEN')", id);
            emails.add(email);
        }
        return emails;
    }

    private static void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), value);
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
                assertThat(page).as("%s shows the text", browser.currentPath()).contains(t);
            }
        } catch (UnhandledAlertException dialog) {
            fail("a dialog opened on " + browser.currentPath() + ": " + dialog.getAlertText());
        }
    }
}
