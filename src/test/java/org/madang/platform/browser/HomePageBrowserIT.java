package org.madang.platform.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public layout in a real headless Chromium: language switch, keyboard access, phone size and
 * axe-core (WCAG 2.1 AA) on the pages every visitor can reach.
 */
class HomePageBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser(); // Korean-speaking visitor

    private static final Texts KO = Texts.of("ko");
    private static final Texts EN = Texts.of("en");

    @Test
    void theHomePageIsInKoreanByDefault() {
        browser.open("/");
        assertThat(browser.htmlLang()).isEqualTo("ko");
        assertThat(browser.text("h1")).isEqualTo(KO.get("home.title"));
        assertThat(browser.driver().getTitle()).contains(KO.get("app.name"));
    }

    @Test
    void theLanguageChosenWithTheLinksStaysOnEveryPage() {
        browser.open("/");
        browser.clickAndWait(browser.find(".lang-switch a[hreflang='en']"));
        // redirected back to the same page without ?lang= (the welcome page may show as /index.xhtml)
        assertThat(browser.currentPath()).isIn("/", "/index.xhtml");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text("h1")).isEqualTo(EN.get("home.title"));
        assertThat(browser.find(".lang-switch a[hreflang='en']").getAttribute("aria-current")).isEqualTo("true");

        // another page, reached by a plain link: still English (cookie)
        browser.clickAndWait(browser.find(".site-footer a[href$='accessibility.xhtml']"));
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.text("h1")).isEqualTo(EN.get("a11y.title"));

        // back to Korean from there, and it stays Korean on the home page
        browser.clickAndWait(browser.find(".lang-switch a[hreflang='ko']"));
        assertThat(browser.currentPath()).isEqualTo("/accessibility.xhtml");
        assertThat(browser.htmlLang()).isEqualTo("ko");
        assertThat(browser.text("h1")).isEqualTo(KO.get("a11y.title"));
        browser.open("/");
        assertThat(browser.htmlLang()).isEqualTo("ko");
        assertThat(browser.text("h1")).isEqualTo(KO.get("home.title"));
    }

    @Test
    void aBrowserThatPrefersEnglishGetsEnglish() {
        try (Browser english = new Browser("en-US,en")) {
            english.open("/");
            assertThat(english.htmlLang()).isEqualTo("en");
            assertThat(english.text("h1")).isEqualTo(EN.get("home.title"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void theSkipLinkIsTheFirstTabStopAndMovesTheFocusToTheMainContent(String size) {
        if (size.equals("phone")) {
            browser.phone();
        }
        browser.open("/");
        WebElement first = browser.tab(1);
        assertThat(first.getAttribute("class")).contains("skip-link");
        assertThat(first.getText()).isEqualTo(KO.get("layout.skipToContent"));
        assertThat(first.isDisplayed()).as("skip link visible when focused").isTrue();

        WebElement afterEnter = browser.press(Keys.ENTER); // same-page anchor: no navigation to wait for
        assertThat(afterEnter.getAttribute("id")).isEqualTo("main");
        assertThat(afterEnter.getTagName()).isEqualTo("main");
    }

    @Test
    void everyLinkInTheHeaderIsReachableByKeyboard() {
        browser.open("/");
        // skip link, brand, two language links, then the account links: all within the first tabs
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int i = 0; i < 8; i++) {
            WebElement e = browser.tab(1);
            reached.add(String.valueOf(e.getAttribute("href")));
        }
        assertThat(reached).anySatisfy(h -> assertThat(h).endsWith("lang=en"))
                .anySatisfy(h -> assertThat(h).endsWith("/login.xhtml"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/accessibility.xhtml", "/no-such-page"})
    void pagesFitAPhoneScreenWithoutSideways(String path) {
        browser.phone().open(path);
        long overflow = (Long) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(browser.viewportWidth()).isEqualTo(Browser.PHONE.width);
        assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    @Test
    void theAxeCheckItselfReportsAViolation() {
        // guards the guard: if axe were not injected or the tags matched nothing, every scan would pass
        browser.open("/");
        browser.driver().executeScript("var i = document.createElement('img'); i.src = 'x.png';"
                + " i.id = 'no-alt'; document.getElementById('main').appendChild(i);");
        org.assertj.core.api.Assertions.assertThatThrownBy(browser::assertNoAxeViolations)
                .hasMessageContaining("image-alt").hasMessageContaining("#no-alt").hasMessageContaining("critical");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "/,                    ko, desktop",
            "/,                    ko, phone",
            "/,                    en, desktop",
            "/,                    en, phone",
            "/accessibility.xhtml, ko, desktop",
            "/accessibility.xhtml, ko, phone",
            "/accessibility.xhtml, en, desktop",
            "/no-such-page,        ko, desktop",
            "/no-such-page,        ko, phone",
            "/no-such-page,        en, desktop",
    })
    void axeFindsNoViolations(String path, String lang, String size) {
        browser.open("/?lang=" + lang); // sets the language cookie
        if (size.equals("phone")) {
            browser.phone();
        }
        browser.open(path);
        assertThat(browser.htmlLang()).isEqualTo(lang);
        if (path.startsWith("/no-such")) {
            assertThat(browser.text("h1")).isEqualTo(Texts.of(lang).get("error.404.title"));
        }
        browser.assertNoAxeViolations();
    }
}
