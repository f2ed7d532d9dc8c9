package org.madang.privacy.browser;

import org.madang.testsupport.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** Browser steps for the privacy journeys (the identity journeys' helpers, kept apart on purpose). */
final class PrivacySteps {
    static final String DEMO_PASSWORD = "Madang!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private PrivacySteps() {
    }

    static String uniqueEmail(String prefix) {
        return prefix + "." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@privacy.example.kr";
    }

    /** Registers a citizen through the registration page and signs them in. */
    static void registerAndSignIn(Browser b, String name, String email, String password) {
        b.open("/register.xhtml");
        b.fill("name", name).fill("email", email).fill("password", password).fill("passwordConfirmation", password);
        b.driver().executeScript("arguments[0].value = arguments[1]", b.byId("birthDate"), "1986-02-20");
        new Select(b.byId("region")).selectByValue("DAEGU");
        submit(b, "submit");
        signIn(b, email, password);
    }

    static void signIn(Browser b, String email, String password) {
        b.open("/login.xhtml");
        b.fill("email", email).fill("password", password);
        submit(b, "submit");
    }

    static void signOut(Browser b) {
        submit(b, b.find("#signOutForm input[type=submit]"));
    }

    static void submit(Browser b, String id) {
        submit(b, b.byId(id));
    }

    /** Clicks a submit button and waits for the next document (every form here posts the whole page). */
    static void submit(Browser b, WebElement button) {
        b.clickAndWait(button);
    }

    /** Follows a link and waits for the next document. */
    static void follow(Browser b, WebElement link) {
        b.clickAndWait(link);
    }

    /** axe-core on the current page at desktop and phone size, back to desktop afterwards. */
    static void accessible(Browser b) {
        b.desktop();
        b.assertNoAxeViolations();
        b.phone();
        b.assertNoAxeViolations();
        b.desktop();
    }

    /** A portal address fetched by the page itself, with the browser's session: status and body. */
    static String fetch(Browser b, String path) {
        Object text = b.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + '\\n' + t)))"
                + ".catch(e => done('0\\n' + e));", path);
        return String.valueOf(text);
    }

    /** The portal's messages bundle (notices, flash messages) in one language. */
    static Properties messages(String language) {
        Properties p = new Properties();
        String name = "org/madang/i18n/messages_" + language + ".properties";
        try (InputStream in = PrivacySteps.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
