package org.madang.identity.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's account from the outside, in real Chromium: register, sign in, sign out, the
 * wrong passwords answered alike (one address cannot lock an account), resident verification, the stored language preference,
 * and axe-core on every page these journeys reach (desktop and phone).
 */
class AccountJourneyBrowserIT {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Texts KO = Texts.of("ko");

    @Test
    void registerSignInAndSignOut() {
        browser.open("/register.xhtml");
        assertThat(browser.htmlLang()).isEqualTo("ko");
        // the password rules are on the page before anything is submitted
        assertThat(browser.text("#passwordPolicy")).contains(KO.get("password.rules.heading"));
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();

        String email = Accounts.uniqueEmail("journey");
        Accounts.register(browser, "홍길동", email, "Gildong!2026", "1990-04-01", "SEOUL");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        assertThat(browser.text(".ui-messages-info")).isNotBlank();
        browser.assertNoAxeViolations();

        browser.fill("email", email).fill("password", "Gildong!2026");
        Cookie before = browser.driver().manage().getCookieNamed("MADANGSESSIONID");
        Accounts.submit(browser, "submit");
        assertThat(browser.currentPath()).isEqualTo("/my/");
        assertThat(browser.text("#profileName")).isEqualTo("홍길동");
        assertThat(browser.text("#verificationLevel")).isEqualTo(KO.get("verification.BASIC"));
        Cookie after = browser.driver().manage().getCookieNamed("MADANGSESSIONID");
        assertThat(after).isNotNull();
        if (before != null) {
            assertThat(after.getValue()).as("session id changes at sign-in").isNotEqualTo(before.getValue());
        }
        browser.assertNoAxeViolations();
        browser.phone();
        browser.assertNoAxeViolations();
        browser.desktop();

        for (String page : new String[]{"/my/password.xhtml", "/my/verify.xhtml", "/my/business.xhtml", "/my/tokens.xhtml"}) {
            browser.open(page);
            assertThat(browser.find("h1").isDisplayed()).isTrue();
            browser.assertNoAxeViolations();
        }
        // a citizen's token may file disclosure requests, not a business's applications
        assertThat(browser.findAll("input[name='tokenForm:tokenScopes'][value='requests:file']")).hasSize(1);
        assertThat(browser.findAll("input[name='tokenForm:tokenScopes'][value='bundles:file']")).isEmpty();

        Accounts.signOut(browser);
        assertThat(browser.currentPath()).startsWith("/");
        assertThat(browser.findAll("#signOutForm")).isEmpty();
        browser.open("/my/");
        assertThat(browser.currentPath()).as("signed out: sent to sign in").startsWith("/login.xhtml");
    }

    @Test
    void badInputKeepsWhatWasTypedAndSaysWhatToFix() {
        browser.open("/register.xhtml");
        browser.fill("name", "김철수").fill("email", Accounts.uniqueEmail("weak"))
                .fill("password", "short").fill("passwordConfirmation", "short");
        browser.driver().executeScript("arguments[0].value = '1991-02-03'", browser.byId("birthDate"));
        new org.openqa.selenium.support.ui.Select(browser.byId("region")).selectByValue("BUSAN");
        Accounts.submit(browser, "submit");
        assertThat(browser.currentPath()).startsWith("/register.xhtml");
        assertThat(browser.text("#passwordError")).isNotBlank();
        assertThat(browser.byId("name").getAttribute("value")).isEqualTo("김철수");
        browser.assertNoAxeViolations();
    }

    @Test
    void anErrorSummaryTakesTheFocusAndLeadsToEachField() {
        browser.open("/register.xhtml");
        browser.fill("password", "Strong!Pass2026").fill("passwordConfirmation", "Strong!Pass2027");
        Accounts.submit(browser, "submit");
        Texts messages = Texts.messages("ko");
        assertThat(browser.driver().getTitle()).startsWith(KO.get("form.error.titlePrefix"));
        assertThat(browser.focused().getAttribute("id")).as("the summary has the focus").isEqualTo("errorSummary");
        assertThat(browser.text("#errorSummaryTitle")).isEqualTo(KO.get("form.error.summaryTitle"));
        // a list is chosen from, not typed into; the mismatch is reported with the rest
        assertThat(browser.text("#regionError")).isEqualTo(new java.text.MessageFormat(
                messages.get("form.error.chooseOne.labelled")).format(new Object[]{KO.get("account.region")}));
        assertThat(browser.text("#passwordConfirmationError")).isEqualTo(messages.get("identity.account.passwordMismatch"));
        java.util.List<org.openqa.selenium.WebElement> links = browser.findAll("#errorSummary a");
        assertThat(links).extracting(org.openqa.selenium.WebElement::getText)
                .contains(browser.text("#nameError"), browser.text("#regionError"), browser.text("#passwordConfirmationError"));
        for (org.openqa.selenium.WebElement link : links) {
            String target = java.net.URI.create(link.getAttribute("href")).getFragment();
            assertThat(browser.findAll("[id='" + target + "']")).as("no dead link: #" + target).hasSize(1);
        }
        browser.assertNoAxeViolations();
        // following a link puts the cursor in the field
        browser.find("#errorSummary a[href$='#region']").click();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("region");
        browser.phone();
        browser.assertNoAxeViolations();
    }

    @Test
    void fiveWrongPasswordsFromOneBrowserAreAnsweredAlikeAndCannotLockTheAccount() {
        String email = Accounts.uniqueEmail("lock");
        Accounts.register(browser, "이순신", email, "Turtle!Ship1592", "1985-04-28", "JEONNAM");

        Accounts.signIn(browser, "nobody." + System.nanoTime() + "@example.kr", "whatever!123");
        String unknownEmailMessage = browser.text(".ui-messages-error");

        for (int i = 1; i <= 5; i++) {
            Accounts.signIn(browser, email, "Wrong!Password" + i);
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
            assertThat(browser.text(".ui-messages-error")).isEqualTo(unknownEmailMessage);
        }
        browser.assertNoAxeViolations();
        // one address counts at most three failures toward the lockout (five): nobody can lock a
        // person out from a single place, so the holder still signs in (locking from several
        // addresses is in SignInProtectionArquillianIT)
        Accounts.signIn(browser, email, "Turtle!Ship1592");
        assertThat(browser.currentPath()).isEqualTo("/my/");
    }

    @Test
    void aMatchingResidentBecomesVerified() {
        String email = Accounts.uniqueEmail("resident");
        // 정우성, 2001-01-30, Incheon is in the demo registry with 010130-3234567
        Accounts.register(browser, "정우성", email, "Incheon!2001", "2001-01-30", "INCHEON");
        Accounts.signIn(browser, email, "Incheon!2001");
        browser.open("/my/verify.xhtml");
        browser.fill("residentNumber", "010130-3234568");
        Accounts.submit(browser, "submit");
        assertThat(browser.text("#residentNumberError")).isNotBlank();
        assertThat(browser.byId("residentNumber").getAttribute("value")).as("the number is never echoed back").isEmpty();
        browser.fill("residentNumber", "010130-3234567");
        Accounts.submit(browser, "submit");
        assertThat(browser.currentPath()).isEqualTo("/my/");
        assertThat(browser.text("#verificationLevel")).isEqualTo(KO.get("verification.VERIFIED_RESIDENT"));
    }

    @Test
    void anAccountKeepsItsLanguageAcrossSignIns() {
        String email = Accounts.uniqueEmail("lang");
        Accounts.register(browser, "Jane Doe", email, "English!Tea42", "1970-01-01", "JEJU");
        Accounts.signIn(browser, email, "English!Tea42");
        browser.open("/my/?lang=en");
        assertThat(browser.htmlLang()).isEqualTo("en");
        Accounts.signOut(browser);
        browser.driver().manage().deleteAllCookies(); // another device: no language cookie
        browser.open("/");
        assertThat(browser.htmlLang()).isEqualTo("ko");
        Accounts.signIn(browser, email, "English!Tea42");
        assertThat(browser.currentPath()).isEqualTo("/my/");
        browser.open("/");
        assertThat(browser.htmlLang()).as("the account's preference comes back with sign-in").isEqualTo("en");
    }

    @Test
    void signingInKeepsTheLanguageChosenBeforeAndSpeaksIt() {
        String email = Accounts.uniqueEmail("chosen");
        Accounts.register(browser, "김영어", email, "Chosen!Lang42", "1980-08-08", "SEOUL");
        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml?lang=en"); // chosen before signing in; the account says Korean
        assertThat(browser.htmlLang()).isEqualTo("en");
        browser.fill("email", email).fill("password", "Chosen!Lang42");
        Accounts.submit(browser, "submit");
        assertThat(browser.currentPath()).isEqualTo("/my/");
        assertThat(browser.htmlLang()).as("still the language chosen before").isEqualTo("en");
        assertThat(browser.text(".ui-messages-info")).isEqualTo(Texts.messages("en").get("account.signIn.welcome"));
        // and it became the account's preference: another device without a cookie gets English too
        Accounts.signOut(browser);
        browser.driver().manage().deleteAllCookies();
        Accounts.signIn(browser, email, "Chosen!Lang42");
        assertThat(browser.htmlLang()).isEqualTo("en");
        browser.assertNoAxeViolations();
    }

    @Test
    void aFormLeftUntilItsSessionEndedLeadsToTheExpiredPage() {
        browser.open("/register.xhtml");
        browser.fill("name", "오래 쉰 사람");
        // the session ends (timeout, or the server restarted): the view state is gone
        browser.driver().manage().deleteCookieNamed("MADANGSESSIONID");
        Accounts.submit(browser, "submit");
        assertThat(browser.text("h1")).isEqualTo(KO.get("error.expired.title"));
        browser.assertNoAxeViolations();
    }
}
