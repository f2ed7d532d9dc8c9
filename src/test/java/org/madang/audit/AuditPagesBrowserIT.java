package org.madang.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's two pages in a real headless Chromium with the demo accounts: browse, filter and
 * verify the audit trail; see an administrator's look at an account in the access log; axe-core
 * (WCAG 2.1 AA) on both, at desktop and phone size.
 */
class AuditPagesBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final String DEMO_PASSWORD = "Madang!2026";

    private static void signIn(String email) {
        browser.open("/login.xhtml");
        browser.fill("email", email).fill("password", DEMO_PASSWORD);
        browser.clickAndWait("submit");
    }

    /** A date input takes typing in the browser's locale format; set the value the form sends. */
    private static void setDate(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.byId(id), isoDate);
    }

    @Test
    void anAuditorFiltersTheTrailAndVerifiesTheChain() {
        signIn("auditor@madang.go.kr");
        browser.open("/audit/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("audit.title"));
        assertThat(browser.text("#records")).as("the auditor's own sign-in").contains("account.signIn");
        browser.assertNoAxeViolations();

        browser.fill("filter:action", "signIn");
        new Select(browser.byId("filter:outcome")).selectByValue("SUCCESS");
        browser.clickAndWait("filter:search");
        assertThat(browser.currentPath()).contains("action=signIn").contains("outcome=SUCCESS");
        assertThat(browser.findAll("#records tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("account.signIn", KO.get("audit.outcome.SUCCESS")));

        browser.phone();
        browser.assertNoAxeViolations();

        browser.clickAndWait("verify:verifyChain");
        assertThat(browser.findAll(".ui-messages-error")).isEmpty();
        assertThat(browser.text(".ui-messages-info")).isNotBlank();
        assertThat(browser.currentPath()).as("the filter survives the redirect").contains("action=signIn");
        browser.assertNoAxeViolations(); // with the verdict shown as a message
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplained() {
        signIn("auditor@madang.go.kr");
        browser.open("/audit/");
        setDate("filter:from", "2026-12-31");
        setDate("filter:to", "2026-01-01");
        browser.clickAndWait("filter:search");

        assertThat(browser.text(".ui-messages-error")).isNotBlank();
        assertThat(browser.findAll("#records")).isEmpty();

        // a hand-made address with a date that is no date: told beside the filter, nothing listed
        browser.open("/audit/?from=yesterday");
        assertThat(browser.text(".field-messages")).isNotBlank();
        assertThat(browser.findAll("#records")).isEmpty();
        browser.assertNoAxeViolations();
    }

    @Test
    void anAdministratorOpeningAnAccountShowsInTheAccessLog() {
        signIn("admin@madang.go.kr");
        browser.open("/admin/accounts.xhtml?q=citizen.en@madang.go.kr");
        browser.clickAndWait(browser.find("#accounts a"));
        browser.clickAndWait(browser.find("#signOutForm input[type=submit]"));

        signIn("auditor@madang.go.kr");
        browser.open("/audit/access-log.xhtml");
        assertThat(browser.text("h1")).isEqualTo(KO.get("privacy.accessLog.title"));
        WebElement newest = browser.find("#entries tbody tr");
        assertThat(newest.getText()).contains(KO.get("purpose.admin.account"), KO.get("role.ADMIN"), "한지민");
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();

        browser.clickAndWait("verify:verifyChain");
        assertThat(browser.findAll(".ui-messages-error")).isEmpty();
        assertThat(browser.text(".ui-messages-info")).isNotBlank();
    }
}
