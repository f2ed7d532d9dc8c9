package org.madang.identity.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which folder, as people meet it: officers reach /office, a citizen gets the
 * translated 403 page, administrators work their pages, and axe-core passes on each of them.
 */
class RoleAccessBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");

    @Test
    void anOfficerReachesTheOfficeAndSeesTheirDepartment() {
        Accounts.signIn(browser, "officer@madang.go.kr", Accounts.DEMO_PASSWORD);
        browser.open("/office/");
        assertThat(browser.text("h1")).isEqualTo(KO.get("office.title"));
        assertThat(browser.text("#officeDepartment")).contains("국세청");
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
    }

    @Test
    void aCitizenIsRefusedAtTheOfficeWithATranslatedPage() {
        // a citizen of its own: the language switch below is stored as the account's preference
        String email = Accounts.uniqueEmail("refused");
        Accounts.register(browser, "한시민", email, "Citizen!Refused1", "1990-03-03", "SEOUL");
        Accounts.signIn(browser, email, "Citizen!Refused1");
        for (String folder : new String[]{"/office/", "/admin/", "/audit/"}) {
            browser.open(folder);
            assertThat(browser.text("h1")).isEqualTo(KO.get("error.403.title"));
        }
        browser.assertNoAxeViolations();
        browser.open("/office/?lang=en");
        assertThat(browser.text("h1")).isEqualTo(Texts.of("en").get("error.403.title"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndBack() {
        browser.open("/office/");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        browser.fill("email", "supervisor@madang.go.kr").fill("password", Accounts.DEMO_PASSWORD);
        Accounts.submit(browser, "submit");
        assertThat(browser.currentPath()).isEqualTo("/office/");
        assertThat(browser.text("body")).contains(KO.get("office.youSupervise"));
    }

    @Test
    void anAdministratorApprovesAMandateAndEveryAdminPagePassesAxe() {
        // a citizen asks to act for a business
        String email = Accounts.uniqueEmail("rep");
        Accounts.register(browser, "윤대표", email, "Business!Rep1", "1975-05-05", "ULSAN");
        Accounts.signIn(browser, email, "Business!Rep1");
        browser.open("/my/business.xhtml");
        browser.fill("registrationNumber", "220-81-12342");
        browser.fill("businessName", "울산무역");
        Accounts.submit(browser, "submit");
        assertThat(browser.text("#registrationNumberError")).as("check digit refused").isNotBlank();
        assertThat(browser.byId("businessName").getAttribute("value")).isEqualTo("울산무역");
        browser.fill("registrationNumber", "123-45-67891");
        Accounts.submit(browser, "submit");
        assertThat(browser.text("#mandates")).contains("울산무역", KO.get("mandate.status.REQUESTED"));
        Accounts.signOut(browser);

        Accounts.signIn(browser, "admin@madang.go.kr", Accounts.DEMO_PASSWORD);
        for (String page : new String[]{"/admin/", "/admin/agencies.xhtml", "/admin/officer-new.xhtml",
                "/admin/duplicates.xhtml", "/admin/accounts.xhtml?q=" + email}) {
            browser.open(page);
            browser.assertNoAxeViolations();
        }
        browser.clickAndWait(browser.find("#accounts a"));
        assertThat(browser.text("#accountName")).isEqualTo("윤대표");
        browser.assertNoAxeViolations();

        browser.open("/admin/mandates.xhtml");
        browser.assertNoAxeViolations();
        var card = browser.findAll("section.mandate").stream()
                .filter(s -> s.getText().contains("울산무역")).findFirst().orElseThrow();
        Accounts.submit(browser, card.findElement(org.openqa.selenium.By.cssSelector("form[id$='approve'] input[type=submit]")));
        assertThat(browser.text(".ui-messages-info")).isNotBlank();
        Accounts.signOut(browser);

        Accounts.signIn(browser, email, "Business!Rep1");
        browser.open("/my/");
        assertThat(browser.text("body")).contains(KO.get("role.BUSINESS_REPRESENTATIVE"));
    }

    @Test
    void anAuditorSeesTheTrail() {
        Accounts.signIn(browser, "auditor@madang.go.kr", Accounts.DEMO_PASSWORD);
        browser.open("/audit/");
        assertThat(browser.text("h1")).isNotEqualTo(KO.get("error.403.title"));
        browser.assertNoAxeViolations();
    }
}
