package org.madang.platform.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One megabyte typed into every free-text field of every form that a visitor, a citizen, a business
 * representative, an officer, an administrator, an auditor, an election administrator and a
 * publisher reach, disclosure requests, petitions and debates included (the supplement answer is
 * checked in ApplicationJourneyBrowserIT): each form answers with the field's "at most n
 * characters" message on the same page (never a 500), and the server's log grows by a few lines,
 * not by the megabytes (issue 10: a 1 MB note once made 8 MB of log).
 */
class LongInputBrowserIT {
    private static final int MEGABYTE = 1024 * 1024;
    private static final String PASSWORD = "Madang!2026";
    private static final Path LOGS = Path.of(System.getProperty("madang.wlp.home", "target/liberty/wlp"),
            "usr/servers/defaultServer/logs");
    /** what every refusal of a long field says, after the limit: "…자까지 입력할 수 있습니다." */
    private static final String TOO_LONG = Texts.messages("ko").get("input.tooLong").replaceAll(".*\\{1}", "").trim();
    private static final String FILL = """
            const form = document.querySelectorAll('form[method=post]')[arguments[0]];
            const big = 'a'.repeat(arguments[1]);
            let filled = 0;
            form.querySelectorAll('textarea, input').forEach(e => {
              const type = (e.getAttribute('type') || 'text').toLowerCase();
              if ((e.tagName === 'TEXTAREA' || ['text', 'email', 'password', 'search', 'tel', 'url'].includes(type))
                  && !e.disabled && !e.readOnly) {
                e.value = big;
                filled++;
              }
            });
            form.noValidate = true;
            return filled;""";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final List<String> checked = new ArrayList<>();

    @Test
    void everyFreeTextFieldRefusesAMegabyteWithItsMessageAndTheLogStaysSmall() throws Exception {
        long before = logBytes();

        walk(null, "/register.xhtml", "/login.xhtml", "/verify/");
        walk("citizen@madang.go.kr", "/my/privacy/requests.xhtml", "/my/business.xhtml", "/my/password.xhtml",
                "/my/verify.xhtml", "/polls/receipts.xhtml");
        walkLinked("/my/privacy/", "a[href*='/my/privacy/ask.xhtml?entry=']");
        // an application form (a draft of the first service in the catalogue)
        browser.open("/services/");
        String service = browser.findAll("a[href*='service.xhtml?id=']").stream().map(e -> e.getAttribute("href"))
                .findFirst().orElseThrow(() -> new AssertionError("no service in the catalogue"));
        browser.open("/my/apply/start.xhtml?service=" + service.replaceAll(".*id=(\\d+).*", "$1"));
        browser.clickAndWait("start:startApplication");
        walkSignedIn(browser.currentPath());
        walk("business@madang.go.kr", "/my/business.xhtml", "/my/tokens.xhtml");
        // a one-stop business filing (the first bundle offered, for the representative's business)
        browser.open("/my/bundles.xhtml");
        browser.clickAndWait(browser.findAll("input[id$='startBundle']").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no bundle offered to the demo representative")));
        walkSignedIn(browser.currentPath());
        walk("officer@madang.go.kr", "/office/");
        String caseLink = browser.findAll("a.case-link").stream().map(e -> e.getAttribute("href")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo officer has no case in the queue"));
        walkSignedIn(caseLink.substring(caseLink.indexOf("/office/")));
        walk("privacy@madang.go.kr");
        walkLinked("/office/privacy/", "a[href*='/office/privacy/question.xhtml?id=']");
        walk("admin@madang.go.kr", "/admin/agencies.xhtml", "/admin/officer-new.xhtml", "/admin/mandates.xhtml");
        walk("auditor@madang.go.kr", "/audit/", "/audit/embargoes.xhtml", "/audit/access-log.xhtml");
        // disclosure requests, petitions and debates
        walk("citizen@madang.go.kr", "/my/requests/new.xhtml");
        walkLinked("/my/requests/", "a[href*='/my/requests/request.xhtml?number=']");
        walkLinked("/forum/", "a[href*='/forum/debate.xhtml?id=']");
        walk("resident@madang.go.kr", "/my/petitions/new.xhtml");
        walk("officer@madang.go.kr", "/office/requests/", "/office/forum/", "/office/petitions/");
        walkLinked("/office/requests/", "a[href*='/office/requests/request.xhtml?number=']");
        walkLinked("/office/petitions/", "a[href*='/office/petitions/petition.xhtml?id=']");
        walk("election@madang.go.kr", "/election-admin/", "/poll-admin/");
        walkLinked("/election-admin/", "a[href*='/election-admin/election.xhtml?id=']");
        walkLinked("/poll-admin/", "a[href*='/poll-admin/poll.xhtml?id=']");
        walk("publisher@madang.go.kr", "/office/open/new.xhtml");
        walkLinked("/office/open/", "a[href*='/office/open/publication.xhtml?id=']");
        walk("officer@madang.go.kr", "/office/knowledge/edit.xhtml");
        walk("supervisor@madang.go.kr");
        walkLinked("/office/knowledge/", "a[href*='/office/knowledge/article.xhtml?id=']");

        assertThat(checked).as("forms with free text checked").hasSizeGreaterThan(20);
        long growth = logBytes() - before;
        assertThat(growth).as("log growth over %s forms of 1 MB fields: %s", checked.size(), checked)
                .isLessThan(256 * 1024);
    }

    private void walk(String email, String... paths) {
        browser.driver().manage().deleteAllCookies();
        if (email != null) {
            browser.open("/login.xhtml");
            browser.fill("email", email).fill("password", PASSWORD);
            browser.clickAndWait("submit");
        }
        for (String path : paths) {
            walkSignedIn(path);
        }
    }

    /** Walks the page the first such link of this page leads to, when there is one. */
    private void walkLinked(String page, String link) {
        browser.open(page);
        browser.findAll(link).stream().map(e -> e.getAttribute("href")).findFirst()
                .map(java.net.URI::create)
                .ifPresent(uri -> walkSignedIn(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }

    private void walkSignedIn(String path) {
        browser.open(path);
        int forms = browser.findAll("form[method=post]").size();
        for (int i = 0; i < forms; i++) {
            browser.open(path);
            List<WebElement> all = browser.findAll("form[method=post]");
            if (i >= all.size()) {
                break;
            }
            WebElement form = all.get(i);
            List<WebElement> submits = form.findElements(By.cssSelector("input[type=submit], button[type=submit], button:not([type])"));
            if (submits.isEmpty() || form.getAttribute("id").equals("signOutForm")) {
                continue;
            }
            Object filled = browser.driver().executeScript(FILL, i, MEGABYTE);
            if (((Number) filled).intValue() == 0) {
                continue;
            }
            String where = path + " form " + form.getAttribute("id");
            browser.clickAndWait(submits.get(0));
            String body = browser.text("body");
            assertThat(browser.text("h1")).as(where).isNotEqualTo(Texts.of("ko").get("error.500.title"))
                    .isNotEqualTo(Texts.of("ko").get("error.403.title"));
            assertThat(body).as("the length message after %s", where).contains(TOO_LONG);
            checked.add(where);
        }
    }

    private static long logBytes() throws IOException {
        if (!Files.isDirectory(LOGS)) {
            throw new AssertionError("no server log folder at " + LOGS);
        }
        try (Stream<Path> files = Files.walk(LOGS)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
