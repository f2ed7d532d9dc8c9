package org.madang.disclosure.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.disclosure.OpenFiles;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published information in Chromium: an anonymous reader searches in Korean, narrows by a facet,
 * opens an item and downloads its file; a department's publisher uploads a Korean PDF, previews
 * the text read from it, publishes it, finds it by search at once, replaces it with a new version
 * (both stay downloadable) and withdraws it (the page stays, with the reason). axe-core on every
 * page, desktop and phone.
 */
class OpenInformationBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String DEMO = "Madang!2026";

    @Test
    void aReaderSearchesInKoreanNarrowsByAFacetAndDownloads() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open("/open/?lang=ko");
        assertThat(browser.text("h1")).isEqualTo(KO.get("open.title"));
        axeOnBothScreens();

        browser.fill("q", "서울시의 따릉이");
        browser.clickAndWait("searchButton");
        assertThat(browser.findAll(".open-hit")).isNotEmpty();
        assertThat(browser.find(".open-hit h3").getText()).contains("따릉이");
        assertThat(browser.findAll(".open-hit__snippet mark")).isNotEmpty();
        axeOnBothScreens();

        browser.clickAndWait("facet-type-DATASET");
        assertThat(browser.currentPath()).contains("type=DATASET");
        assertThat(browser.byId("facet-type-DATASET").getAttribute("aria-current")).isEqualTo("true");
        axeOnBothScreens();
        browser.clickAndWait(browser.find(".open-hit h3 a"));
        assertThat(browser.currentPath()).startsWith("/open/publication.xhtml");
        axeOnBothScreens();

        String href = browser.byId("download-1").getAttribute("href");
        HttpResponse<byte[]> file = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(file.headers().firstValue("ETag")).isPresent();
        String csv = new String(file.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("사업명,").contains("따릉이");
        HttpResponse<String> json = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(browser.byId("dataJson").getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.body()).startsWith("[{\"사업명\":");

        browser.open("/open/?q=" + java.net.URLEncoder.encode("!!!", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.text("#errorSummary .ui-messages-error")).isEqualTo(Texts.messages("ko").get("open.search.noWords"));
        browser.open("/open/?q=" + "없는말xyzzy");
        assertThat(browser.findAll("#noResults")).hasSize(1);
        axeOnBothScreens();
    }

    @Test
    void aPublisherUploadsPreviewsPublishesReplacesAndWithdraws() throws Exception {
        String word = "마당시험" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Path v1 = Files.createTempFile("report", ".pdf");
        Files.write(v1, OpenFiles.pdf("report.pdf", "이사하는 가구를 위한 " + word + " 안내").bytes());
        Path v2 = Files.createTempFile("report-v2", ".pdf");
        Files.write(v2, OpenFiles.pdf("report-v2.pdf", "고친 판 " + word).bytes());

        signIn("publisher@madang.go.kr");
        browser.open("/office/open/");
        axeOnBothScreens();
        browser.clickAndWait("newPublication");
        axeOnBothScreens();
        browser.fill("titleKo", "전입 안내 " + word).fill("titleEn", "Moving-in guide " + word)
                .fill("summaryKo", "이사 온 주민을 위한 안내").fill("summaryEn", "For residents who moved in")
                .fill("keywords", "이사, 전입");
        new Select(browser.byId("category")).selectByValue("REPORT");
        browser.byId("file").sendKeys(v1.toString());
        browser.clickAndWait("saveDraft");
        assertThat(browser.currentPath()).startsWith("/office/open/publication.xhtml");
        assertThat(browser.text("#textPreview")).contains(word);
        assertThat(browser.text("#phase")).isEqualTo(KO.get("open.phase.DRAFT"));
        axeOnBothScreens();

        browser.clickAndWait("publishNow");
        assertThat(browser.text("#phase")).isEqualTo(KO.get("open.phase.PUBLISHED"));
        String publicPage = browser.byId("publicPage").getAttribute("href");

        browser.byId("versionFile").sendKeys(v2.toString());
        browser.fill("reason", "오탈자를 고쳤습니다");
        browser.clickAndWait("addVersion");
        axeOnBothScreens();

        browser.driver().manage().deleteAllCookies();
        browser.open("/open/?lang=ko&q=" + java.net.URLEncoder.encode("이사 " + word, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.find(".open-hit h3").getText()).contains(word);
        browser.driver().get(publicPage);
        assertThat(browser.findAll("#download-1")).hasSize(1);
        assertThat(browser.findAll("#download-2")).hasSize(1);
        assertThat(browser.text(".versions")).contains("오탈자를 고쳤습니다");

        signIn("publisher@madang.go.kr");
        browser.driver().get(publicPage.replace("/open/publication.xhtml", "/office/open/publication.xhtml"));
        browser.clickAndWait("withdraw");
        assertThat(browser.text("#withdrawalReasonError")).isEqualTo(Texts.messages("ko").get("open.withdraw.reasonRequired"));
        browser.fill("withdrawalReason", "새 안내서로 대체합니다");
        browser.clickAndWait("withdraw");
        assertThat(browser.text("#phase")).isEqualTo(KO.get("open.phase.WITHDRAWN"));

        browser.driver().manage().deleteAllCookies();
        browser.driver().get(publicPage);
        assertThat(browser.text("#withdrawalReason")).isEqualTo("새 안내서로 대체합니다");
        axeOnBothScreens();
        browser.open("/open/?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.findAll(".open-hit")).isEmpty();
    }

    private void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO);
        browser.clickAndWait("submit");
        browser.open("/?lang=ko");
    }

    private void axeOnBothScreens() {
        browser.desktop();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }
}
