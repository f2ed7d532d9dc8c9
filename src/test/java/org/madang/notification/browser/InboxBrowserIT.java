package org.madang.notification.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Database;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox from the outside, in real Chromium: a signed-in citizen sees how many messages are
 * unread beside "Inbox" in the navigation, opens the inbox and one unread message (the count goes
 * down), follows its link, marks it unread again (the count comes back), and axe-core finds nothing
 * on the inbox at desktop and phone size. The citizen is a fresh account of this test, given the
 * three notices the demo resident starts with, so no shared demo inbox is read or changed.
 */
class InboxBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String PASSWORD = "Inbox!2026pw";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Test
    void theUnreadBadgeCountsDownWhenAMessageIsReadAndUpWhenItIsMarkedUnread() throws Exception {
        String citizen = registerWithThreeNotices();
        signIn(citizen, PASSWORD);
        int before = unread();
        assertThat(before).as("the new inbox has its three unread notices").isEqualTo(3);
        WebElement link = browser.byId("inboxLink");
        assertThat(accessibleText(link)).as("the link says what the number means")
                .isEqualTo(KO.get("notification.nav.inbox") + " (" + before + KO.get("notification.nav.unread") + ")");
        assertThat(link.getText()).startsWith(KO.get("notification.nav.inbox") + " (" + before);

        navigate(link);
        assertThat(browser.currentPath()).isEqualTo("/my/inbox.xhtml");
        assertThat(browser.text("h1")).isEqualTo(KO.get("notification.inbox.title"));
        List<WebElement> unreadRows = browser.findAll("#inbox a.inbox-subject strong");
        assertThat(unreadRows).hasSize(before);
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();

        WebElement first = unreadRows.get(0);
        String subject = first.getText();
        navigate(first.findElement(By.xpath("..")));
        assertThat(browser.currentPath()).startsWith("/my/inbox.xhtml?message=");
        assertThat(browser.text("#openedMessage h2")).isEqualTo(subject);
        assertThat(unread()).as("reading lowers the count at once").isEqualTo(before - 1);
        assertThat(browser.findAll("#inbox a.inbox-subject strong")).hasSize(before - 1);
        String opened = browser.currentPath();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();

        WebElement related = browser.byId("relatedLink");
        String target = related.getAttribute("href");
        navigate(related);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(target);
        assertThat(unread()).isEqualTo(before - 1);

        browser.open(opened);
        assertThat(unread()).as("opening it again changes nothing").isEqualTo(before - 1);
        navigate(browser.byId("unreadForm:markUnread"));
        assertThat(browser.currentPath()).as("post, then redirect").isEqualTo("/my/inbox.xhtml");
        assertThat(browser.text(".message--info")).isNotBlank();
        assertThat(unread()).isEqualTo(before);
        browser.assertNoAxeViolations();
    }

    @Test
    void theInboxIsForSignedInPeopleOnly() {
        browser.open("/my/inbox.xhtml");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        assertThat(browser.findAll("#inboxLink")).isEmpty();
    }

    /**
     * A new account (registration ends signed out, so nothing has counted its inbox yet) with the
     * demo resident's three notices, oldest first, as the notification demo data writes them.
     */
    private static String registerWithThreeNotices() throws Exception {
        String email = "inbox." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@example.kr";
        browser.open("/register.xhtml");
        browser.fill("name", "알림 시험").fill("email", email).fill("password", PASSWORD)
                .fill("passwordConfirmation", PASSWORD);
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId("birthDate"), "1988-08-08");
        new Select(browser.byId("region")).selectByValue("SEOUL");
        browser.clickAndWait("submit");
        long account = Database.number("select id from account where email = ?", email);
        String[][] notices = {{"welcome", "/my/"}, {"verified", "/my/"}, {"passwordChanged", "/my/password.xhtml"}};
        for (int i = 0; i < notices.length; i++) {
            Database.update("insert into inbox_message (account_id, category, subject_key, body_key, link, created_at)"
                            + " values (?, 'account', ?, ?, ?, now() - make_interval(secs => ?))", account,
                    "notification.demo." + notices[i][0] + ".subject", "notification.demo." + notices[i][0] + ".body",
                    notices[i][1], notices.length - i);
        }
        return email;
    }

    private static int unread() {
        List<WebElement> badge = browser.findAll("#inboxUnread");
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().trim());
    }

    /** What a screen reader announces for the element: its whole text, the visually hidden part included. */
    private static String accessibleText(WebElement e) {
        return ((String) browser.driver().executeScript("return arguments[0].textContent", e))
                .replaceAll("\\s+", " ").trim();
    }

    private static void signIn(String email, String password) {
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", password);
        navigate(browser.byId("submit"));
        assertThat(browser.currentPath()).isEqualTo("/my/");
    }

    /** Clicks and waits for the next document. */
    private static void navigate(WebElement target) {
        browser.clickAndWait(target);
    }
}
