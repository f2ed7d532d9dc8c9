package org.madang.identity.browser;

import org.madang.testsupport.Browser;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


import java.util.concurrent.atomic.AtomicInteger;

/** Browser steps around accounts, shared by the identity journeys. */
final class Accounts {
    static final String DEMO_PASSWORD = "Madang!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Accounts() {
    }

    /** A fresh e-mail address, so each run creates its own accounts. */
    static String uniqueEmail(String prefix) {
        return prefix + "." + System.currentTimeMillis() + "." + SEQ.incrementAndGet() + "@example.kr";
    }

    static void register(Browser b, String name, String email, String password, String birthDate, String region) {
        b.open("/register.xhtml");
        b.fill("name", name).fill("email", email).fill("password", password).fill("passwordConfirmation", password);
        // a date input is typed in the browser's locale format; set its value as the form would send it
        b.driver().executeScript("arguments[0].value = arguments[1]", b.byId("birthDate"), birthDate);
        new Select(b.byId("region")).selectByValue(region);
        submit(b, "submit");
    }

    static void signIn(Browser b, String email, String password) {
        b.open("/login.xhtml");
        b.fill("email", email).fill("password", password);
        submit(b, "submit");
    }

    static void signOut(Browser b) {
        submit(b, b.find("#signOutForm input[type=submit]"));
    }

    /** Clicks a submit button and waits for the next document (every form here posts the whole page). */
    static void submit(Browser b, String id) {
        submit(b, b.byId(id));
    }

    static void submit(Browser b, WebElement button) {
        b.clickAndWait(button);
    }
}
