package org.madang.platform.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way: the top menu by task (for visitors and for signed-in people), /my/ linking to
 * everything a person has, officers starting at their case queue, the home page saying only what
 * is really still coming, sign-out confirmed, the favicon served; axe on desktop and phone.
 */
class NavigationBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String DEMO_PASSWORD = "Madang!2026";

    @Test
    void aVisitorsMenuLeadsToTheCatalogueTheDocumentCheckAndVoting() {
        browser.open("/");
        Map<String, String> menu = menu();
        assertThat(menu).containsKeys("/services/", "/verify/", "/vote/", "/polls/");
        assertThat(menu).doesNotContainKeys("/my/applications.xhtml", "/my/documents.xhtml", "/my/inbox.xhtml");
        assertThat(menu.get("/services/")).isEqualTo(KO.get("nav.services"));
        assertThat(menu.get("/verify/")).isEqualTo(KO.get("nav.verify"));
        for (String path : List.of("/services/", "/verify/", "/vote/", "/polls/")) {
            browser.open("/");
            browser.clickAndWait(browser.find(".main-nav a[href$='" + path + "']"));
            assertThat(browser.text("h1")).isNotEqualTo(KO.get("error.404.title"));
            assertThat(browser.find(".main-nav a[href$='" + path + "']").getAttribute("aria-current"))
                    .as("the menu says where one is").isEqualTo("page");
        }
        browser.phone();
        browser.open("/");
        long overflow = (Long) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("the menu fits a phone").isLessThanOrEqualTo(0);
        browser.assertNoAxeViolations();
    }

    @Test
    void theHomePageCallsOnlyWhatIsMissingComingSoon() {
        browser.open("/");
        WebElement vote = browser.find(".cards a[href$='/vote/']");
        assertThat(vote.getText()).isEqualTo(KO.get("home.section.vote"));
        WebElement card = vote.findElement(org.openqa.selenium.By.xpath("ancestor::li"));
        assertThat(card.getText()).doesNotContain(KO.get("home.section.opening"));
    }

    @Test
    void aCitizenFindsApplicationsDocumentsAndInboxInTheMenuAndOnMyPage() {
        signIn("citizen@madang.go.kr");
        assertThat(browser.currentPath()).isEqualTo("/my/");
        Map<String, String> menu = menu();
        assertThat(menu).containsKeys("/my/applications.xhtml", "/my/documents.xhtml", "/my/inbox.xhtml", "/my/");
        assertThat(menu.get("/my/applications.xhtml")).isEqualTo(KO.get("nav.myApplications"));
        assertThat(menu.get("/my/documents.xhtml")).isEqualTo(KO.get("nav.myDocuments"));
        for (String id : List.of("toApplications", "toDocuments", "toInbox", "toVote", "toPolls", "toTrustee",
                "toPrivacy")) {
            assertThat(browser.findAll("#" + id)).as(id + " on /my/").hasSize(1);
        }
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
        // each of them opens a page of its own, by keyboard too (they are plain links)
        for (String path : List.of("/my/applications.xhtml", "/my/documents.xhtml", "/my/inbox.xhtml")) {
            browser.clickAndWait(browser.find(".main-nav a[href$='" + path + "']"));
            assertThat(browser.currentPath()).isEqualTo(path);
            assertThat(browser.text("h1")).isNotIn(KO.get("error.404.title"), KO.get("error.403.title"));
        }
    }

    @Test
    void officersStartAtTheirCaseQueue() {
        signIn("officer2@madang.go.kr");
        assertThat(browser.currentPath()).isEqualTo("/office/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("office.title"));
        assertThat(menu()).containsKey("/office/");
    }

    @Test
    void signingOutSaysSo() {
        signIn("resident@madang.go.kr");
        browser.clickAndWait(browser.find("#signOutForm input[type=submit]"));
        assertThat(browser.text("#signedOutNotice")).isEqualTo(KO.get("account.signOut.done"));
        assertThat(browser.findAll("#signOutForm")).isEmpty();
        browser.assertNoAxeViolations();
    }

    @Test
    void theFaviconIsServed() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(browser.url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith(0, 0, 1, 0); // an ICO header
        browser.open("/");
        assertThat(browser.find("link[rel=icon]").getAttribute("href")).endsWith("/favicon.ico");
    }

    /** The top menu's links: path (without the context path) to visible text. */
    private static Map<String, String> menu() {
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement a : browser.findAll(".main-nav a")) {
            String href = URI.create(a.getAttribute("href")).getPath();
            links.put(href, a.getText().replaceAll("\\s*\\(\\d+\\)$", ""));
        }
        return links;
    }

    private static void signIn(String email) {
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO_PASSWORD);
        browser.clickAndWait("submit");
    }
}
