package org.madang.services.bundle.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-stop journey in Chromium: the business representative files "start a business" with one
 * combined form (one document attached from government records instead of uploaded); officers of
 * three departments (tax office, Seoul, employment insurance) each complete their part through the ordinary queue and case page; the representative watches one
 * status go from 0 of 3 to 3 of 3; and withdraws a whole filing whose first part was decided.
 * axe-core runs on every bundle page, on a desktop and a phone.
 */
class BundleJourneyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final Texts KO_MESSAGES = Texts.messages("ko");
    private static final String DEMO = "Madang!2026";

    @Test
    void aRepresentativeFilesStartABusinessAndThreeDepartmentsCompleteIt() throws Exception {
        signIn("business@madang.go.kr");
        browser.open("/my/");
        browser.clickAndWait("toBundles");
        assertThat(browser.currentPath()).startsWith("/my/bundles.xhtml");
        axeOnBothScreens();
        browser.clickAndWait(browser.find("input[data-code='START_BUSINESS']"));
        assertThat(browser.currentPath()).startsWith("/my/bundle-form.xhtml");

        // the business the representative acts for is known: its number and name are filled in
        assertThat(browser.byId("bundle:q_shared_businessNumber").getAttribute("value")).isEqualTo("220-81-12341");
        assertThat(browser.byId("bundle:q_shared_tradeName").getAttribute("value")).isEqualTo("(주)마당상사");
        axeOnBothScreens();

        // nothing goes on with a required answer missing: the problem is named beside its field
        browser.clickAndWait("bundle:continue");
        assertThat(browser.currentPath()).startsWith("/my/bundle-form.xhtml");
        assertThat(browser.byId("errorSummary").isDisplayed()).isTrue();
        assertThat(browser.byId("bundle:q_shared_address-error").getText()).isNotBlank();
        axeOnBothScreens();

        fillAndSubmit();
        String number = browser.text("#bundleNumber").strip();
        assertThat(number).matches("\\d{8}-\\d{6}-\\d");
        assertProgress(0, "SUBMITTED");
        axeOnBothScreens();
        String tax = partNumber("BUSINESS_REGISTRATION");
        String mailOrder = partNumber("MAIL_ORDER_REPORT");
        String insurance = partNumber("EMPLOYMENT_INSURANCE_REPORT");

        // three departments, each through its own queue and the ordinary case page
        complete("officer@madang.go.kr", tax);
        watch(number, 1, "IN_PROGRESS");
        // the Seoul officer sees the business registration fetched live (and logged), not a scan
        signIn("officer.seoul@madang.go.kr");
        browser.open("/office/case.xhtml?number=" + mailOrder);
        assertThat(browser.text("#caseBundle")).as("the case names its one-stop filing").contains(number);
        axeOnBothScreens();
        browser.clickAndWait(browser.find("#caseSharedDocuments a"));
        assertThat(browser.currentPath()).startsWith("/office/shared-document.xhtml");
        assertThat(browser.text("#fetchedDocument")).contains("220-81-12341", "(주)마당상사");
        axeOnBothScreens();
        complete("officer.seoul@madang.go.kr", mailOrder);
        watch(number, 2, "IN_PROGRESS");
        complete("officer.moel@madang.go.kr", insurance);
        watch(number, 3, "COMPLETED");
        assertThat(browser.text("#bundleState")).isEqualTo(KO.get("bundle.state.COMPLETED"));
        assertThat(browser.findAll("section.bundle-part[data-status='APPROVED']")).hasSize(3);
        assertThat(browser.text("#part1")).contains("최유진");
        axeOnBothScreens();

        browser.open("/my/bundles.xhtml");
        assertThat(browser.text("#filings")).contains(number, KO.get("bundle.state.COMPLETED"));
        axeOnBothScreens();
    }

    @Test
    void aRepresentativeIssuesAnApiTokenSeesItOnceAndRevokesIt() {
        signIn("business@madang.go.kr");
        browser.open("/my/business.xhtml");
        browser.clickAndWait(browser.find("#apiTokensLink a"));
        assertThat(browser.currentPath()).isEqualTo("/my/tokens.xhtml");
        assertThat(browser.findAll("input[name='tokenForm:tokenScopes'][value='bundles:file']")).hasSize(1);
        axeOnBothScreens();
        String name = "ERP " + System.nanoTime();
        browser.fill("tokenForm:tokenName", name);
        browser.clickAndWait("tokenForm:issueToken");
        String token = browser.byId("issuedTokenValue").getAttribute("value");
        assertThat(token.split("\\.")).hasSize(3);
        assertThat(browser.text("#tokens")).contains(name, KO.get("identity.apiToken.usable"));
        axeOnBothScreens();
        browser.open("/my/tokens.xhtml");
        assertThat(browser.findAll("#issuedTokenValue")).isEmpty(); // shown once only
        WebElement row = browser.findAll("#tokens tbody tr").stream().filter(r -> r.getText().contains(name)).findFirst()
                .orElseThrow();
        browser.clickAndWait(row.findElement(By.cssSelector("input[type=submit]")));
        WebElement after = browser.findAll("#tokens tbody tr").stream().filter(r -> r.getText().contains(name)).findFirst()
                .orElseThrow();
        assertThat(after.getText()).contains(KO.get("identity.apiToken.revokedState"));
    }

    @Test
    void aRepresentativeWithdrawsAWholeFilingOnceTheBoxIsTicked() throws Exception {
        signIn("business@madang.go.kr");
        browser.open("/my/bundles.xhtml");
        browser.clickAndWait(browser.find("input[data-code='START_BUSINESS']"));
        fillAndSubmit();
        String number = browser.text("#bundleNumber").strip();
        complete("officer@madang.go.kr", partNumber("BUSINESS_REGISTRATION"));
        signIn("business@madang.go.kr");
        browser.open("/my/bundle.xhtml?number=" + number);
        assertThat(browser.findAll("#withdrawBundleSection")).hasSize(1);
        axeOnBothScreens();

        // not ticked: nothing happens, the box says why
        browser.clickAndWait("withdrawBundle");
        assertThat(browser.text("#confirmBundleWithdrawalError")).isEqualTo(KO_MESSAGES.get("bundle.withdraw.confirmRequired"));
        assertThat(browser.findAll("section.bundle-part[data-status='WITHDRAWN']")).isEmpty();
        axeOnBothScreens();

        browser.byId("confirmBundleWithdrawal").click();
        browser.clickAndWait("withdrawBundle");
        assertThat(browser.currentPath()).startsWith("/my/bundle.xhtml");
        assertThat(browser.text("#messages")).contains(new MessageFormat(KO_MESSAGES.get("bundle.withdrawn"), Locale.KOREAN).format(new Object[] {2}));
        assertThat(browser.findAll("section.bundle-part[data-status='APPROVED']")).hasSize(1);
        assertThat(browser.findAll("section.bundle-part[data-status='WITHDRAWN']")).hasSize(2);
        assertThat(browser.text("#bundleState")).isEqualTo(KO.get("bundle.state.COMPLETED_WITH_REJECTION"));
        assertThat(browser.findAll("#withdrawBundleSection")).isEmpty();
        axeOnBothScreens();
    }

    /** On the combined form of "start a business": every answer, then submit. */
    private void fillAndSubmit() throws IOException {
        // shared questions once, then each agency's own
        browser.fill("bundle:q_shared_address", "서울특별시 종로구 세종대로 209");
        setValue("bundle:q_p1_startDate", "2026-12-01");
        new Select(browser.byId("bundle:q_p1_businessType")).selectByIndex(1);
        browser.driver().findElement(By.cssSelector("input[name='bundle:q_p1_premises']")).click();
        browser.fill("bundle:q_p2_shopName", "마당몰");
        browser.fill("bundle:q_p2_shopUrl", "https://madang-mall.example.kr");
        new Select(browser.byId("bundle:q_p2_products")).selectByIndex(1);
        // the escrow proof is not uploaded: attached from government records, with explicit consent
        Select record = new Select(browser.byId("bundle:q_p2_escrowProof_record"));
        record.selectByValue(record.getOptions().stream().map(o -> o.getAttribute("value"))
                .filter(v -> v.startsWith("BUSINESS_REGISTRATION:")).findFirst().orElseThrow());
        browser.byId("bundle:q_p2_escrowProof_consent").click();
        browser.byId("bundle:q_p1_lease").sendKeys(pdf("lease.pdf").toString());
        browser.driver().findElement(By.cssSelector("input[name='bundle:q_p3_reportType']")).click();
        browser.fill("bundle:q_p3_employeeName", "김하나");
        setValue("bundle:q_p3_effectiveDate", "2026-12-01");
        browser.fill("bundle:q_p3_monthlyWage", "2500000");
        browser.clickAndWait("bundle:continue");

        // every answer once more, by agency, each with a way back to its question; nothing filed yet
        assertThat(browser.currentPath()).startsWith("/my/bundle-check.xhtml");
        assertThat(browser.text("#check0")).contains("서울특별시 종로구 세종대로 209", "220-81-12341");
        assertThat(browser.text("#check1")).contains("lease.pdf");
        assertThat(browser.text("#check2")).contains("마당몰", "https://madang-mall.example.kr");
        assertThat(browser.text("#check3")).contains("김하나");
        assertThat(browser.findAll("#check1 a[href*='bundle-form.xhtml'][href*='q_p1_lease']")).hasSize(1);
        axeOnBothScreens();
        browser.clickAndWait("submitBundle");

        assertThat(browser.currentPath()).startsWith("/my/bundle.xhtml");
    }

    private void complete(String officer, String partNumber) {
        signIn(officer);
        browser.open("/office/");
        WebElement row = browser.find("tr[data-number='" + partNumber + "']");
        browser.clickAndWait(row.findElement(By.cssSelector("input.claim")));
        assertThat(browser.currentPath()).startsWith("/office/case.xhtml");
        browser.click("approveConfirm"); // "cannot be undone": ticked as meant
        browser.clickAndWait("approve");
        assertThat(browser.text("#caseStatus")).isEqualTo(KO.get("services.application.status.APPROVED"));
    }

    private void watch(String number, int done, String state) {
        signIn("business@madang.go.kr");
        browser.open("/my/bundle.xhtml?number=" + number);
        assertProgress(done, state);
    }

    private void assertProgress(int done, String state) {
        WebElement progress = browser.byId("bundleProgress");
        assertThat(progress.getAttribute("data-done")).isEqualTo(String.valueOf(done));
        assertThat(progress.getAttribute("data-total")).isEqualTo("3");
        assertThat(browser.byId("bundleState").getAttribute("data-state")).isEqualTo(state);
        assertThat(progress.getText()).contains(done + "건", "3건");
    }

    private String partNumber(String service) {
        return browser.find("section[data-service='" + service + "'] dd.mono a").getText().strip();
    }

    private void signIn(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO);
        browser.clickAndWait("submit");
        browser.open("/?lang=ko"); // shared demo accounts: another test may have left English on
    }

    private void axeOnBothScreens() {
        browser.desktop();
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();
    }

    private void setValue(String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), value);
    }

    private static Path pdf(String name) throws IOException {
        Path dir = Files.createTempDirectory("madang-upload-");
        Path f = dir.resolve(name);
        Files.writeString(f, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        f.toFile().deleteOnExit();
        return f;
    }
}
