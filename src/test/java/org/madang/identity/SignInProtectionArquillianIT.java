package org.madang.identity;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.ApiTokens;
import org.madang.identity.application.MandateAdministration;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.application.SignInService;
import org.madang.identity.domain.ApiToken;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.SignInThrottle;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.GreenMailbox;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.Db;
import org.madang.testsupport.time.MovableClock;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Passwords and sessions, in the running server: a password change ends the other sessions (over
 * real HTTP, two browsers' worth of cookies) and the API tokens; the last three passwords cannot
 * be reused; wrong current passwords count toward the lockout; failed sign-ins are limited per
 * source address, which alone can never lock an account; the holder of a locked account gets an
 * e-mail.
 */
@ExtendWith(ArquillianExtension.class)
class SignInProtectionArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String PASSWORD = "Session!2026";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    AccountRegistration registration;
    @Inject
    AccountSelfService self;
    @Inject
    SignInService signIn;
    @Inject
    ApiTokens tokens;
    @Inject
    MandateAdministration mandates;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;
    @Inject
    MovableClock clock;

    record Person(String email, long id) {
    }

    Person register() {
        RegistrationForm f = new RegistrationForm();
        String email = "pw" + SEQ.incrementAndGet() + "." + System.nanoTime() + "@it.example.kr";
        f.setName("비밀번호 시험");
        f.setEmail(email);
        f.setPassword(PASSWORD);
        f.setPasswordConfirmation(PASSWORD);
        f.setBirthDate(LocalDate.of(1988, 8, 18));
        f.setRegion(Region.SEOUL);
        return new Person(email, registration.register(f).accountId());
    }

    /** An address of its own for each test (TEST-NET-3), so that address limits never cross tests. */
    static String address() {
        return "203.0.113." + (SEQ.incrementAndGet() % 250 + 1) + "/" + System.nanoTime();
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    // --- password change --------------------------------------------------------------------

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotTheOneThatChangedIt() throws Exception {
        Person p = register();
        Browser a = new Browser();
        Browser b = new Browser();
        a.signIn(p.email(), PASSWORD);
        b.signIn(p.email(), PASSWORD);
        assertThat(b.get("/my/").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = a.post("/my/password.xhtml", "passwordForm", Map.of(
                "currentPassword", PASSWORD, "newPassword", "Changed!2026x", "confirmation", "Changed!2026x"));
        assertThat(changed.statusCode()).as("redirect after the change").isEqualTo(302);
        assertThat(a.get("/my/").statusCode()).as("the session that changed it carries on").isEqualTo(200);

        HttpResponse<String> ended = b.get("/my/");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?ended=true"));
        HttpResponse<String> again = b.get("/my/");
        assertThat(again.statusCode()).as("still signed out").isIn(302, 303, 401, 403);
        assertThat(again.headers().firstValue("Location").orElse("")).doesNotContain("/my/");
        assertThat(Db.count("select count(*) from account where id = ? and session_epoch = 1", p.id())).isOne();
    }

    @Test
    void changingThePasswordRevokesEveryApiToken() throws Exception {
        Person p = register();
        long mandate = callers.as(p.email(), PASSWORD, () -> self.requestMandate("104-81-00000", "토큰상회", null));
        callers.as("admin@madang.go.kr", DEMO, () -> {
            mandates.approve(mandate);
            return null;
        });
        String token = callers.as(p.email(), PASSWORD,
                () -> tokens.issue("회계 프로그램", Set.of(ApiToken.READ_STATUS), 30).token());
        assertThat(tokens.verify(token)).isPresent();
        callers.as(p.email(), PASSWORD, () -> self.changePassword(PASSWORD, "Another!2026y", "Another!2026y"));
        assertThat(tokens.verify(token)).as("revoked with the password change").isEmpty();
        assertThat(Db.count("select count(*) from api_token where account_id = ? and revoked_at is null", p.id())).isZero();
    }

    @Test
    void theLastThreePasswordsCannotBeUsedAgain() throws Exception {
        Person p = register();
        String[] passwords = {PASSWORD, "Second!2026a", "Third!2026bb", "Fourth!2026c"};
        for (int i = 1; i < passwords.length; i++) {
            String current = passwords[i - 1];
            String next = passwords[i];
            callers.as(p.email(), current, () -> self.changePassword(current, next, next));
        }
        // current: Fourth; the two before: Third, Second — refused; the first is old enough again
        for (String recent : new String[]{"Fourth!2026c", "Third!2026bb", "Second!2026a"}) {
            assertThatThrownBy(() -> callers.as(p.email(), "Fourth!2026c",
                    () -> self.changePassword("Fourth!2026c", recent, recent)))
                    .isInstanceOf(InvalidInput.class).satisfies(t -> {
                        assertThat(key(t)).isEqualTo("identity.password.reused");
                        assertThat(((InvalidInput) t).field()).isEqualTo("newPassword");
                    });
        }
        callers.as(p.email(), "Fourth!2026c", () -> self.changePassword("Fourth!2026c", PASSWORD, PASSWORD));
        assertThat(Db.count("select count(*) from password_history where account_id = ?", p.id())).isEqualTo(2);
    }

    @Test
    void wrongCurrentPasswordsCountTowardTheLockoutAndTheHolderIsToldByEmail() throws Exception {
        Person p = register();
        callers.signIn(p.email(), PASSWORD);
        for (int i = 0; i < 4; i++) {
            int n = i;
            assertThatThrownBy(() -> self.changePassword("wrong-" + n, "Never!2026zz", "Never!2026zz"))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("identity.password.currentWrong"));
        }
        assertThat(Db.count("select failed_sign_ins from account where id = ?", p.id())).isEqualTo(4);
        assertThatThrownBy(() -> self.changePassword("wrong-5", "Never!2026zz", "Never!2026zz"))
                .isInstanceOf(Conflict.class).satisfies(t -> assertThat(key(t)).isEqualTo("identity.password.locked"));
        callers.signOut();
        assertThat(Db.count("select count(*) from account where id = ? and locked_until > now()", p.id())).isOne();
        assertThat(signIn.authenticate(p.email(), PASSWORD, address())).as("locked").isEmpty();
        assertThat(GreenMailbox.await(p.email(), "계정이 잠겼습니다", Duration.ofSeconds(60))).isPresent();
    }

    // --- per-address limit ------------------------------------------------------------------

    @Test
    void oneAddressWaitsGrowingDelaysAndCannotLockTheAccountAlone() throws Exception {
        Person p = register();
        String attacker = address();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(signIn.authenticate(p.email(), "guess-" + i, attacker)).isEmpty();
        }
        // the next attempt from that address comes too soon: refused before the password is looked at
        assertThat(signIn.authenticate(p.email(), PASSWORD, attacker)).as("right password, but throttled").isEmpty();
        assertThat(Db.count("select count(*) from audit_record where action = 'account.signIn' "
                + "and outcome = 'REFUSED:address-limit' and occurred_at > now() - interval '1 minute'")).isPositive();
        // the delays grow (1 s, 2 s, 4 s …); keep guessing from the same address as they allow
        int tries = SignInThrottle.FREE_FAILURES;
        try {
            for (; tries < SignInThrottle.FREE_FAILURES + 2; tries++) {
                clock.moveTo(clock.instant().plus(SignInThrottle.delay(tries)).plusMillis(100));
                assertThat(signIn.authenticate(p.email(), "guess-" + tries, attacker)).isEmpty();
            }
            assertThat(signIn.authenticate(p.email(), "guess-now", attacker)).as("4 s after the 12th: not yet").isEmpty();
        } finally {
            clock.reset();
        }
        assertThat(Db.count("select count(*) from sign_in_failure where account_id = ?", p.id())).isEqualTo(tries);
        // twelve wrong passwords from one address: only three counted, the account is not locked
        assertThat(Db.count("select failed_sign_ins from account where id = ?", p.id())).isEqualTo(3);
        assertThat(Db.count("select count(*) from account where id = ? and locked_until is null", p.id())).isOne();
        // and its holder signs in from their own address at once
        assertThat(signIn.authenticate(p.email(), PASSWORD, address())).isPresent();
    }

    @Test
    void failuresFromSeveralAddressesLockTheAccountAndTheHolderGetsAnEmail() throws Exception {
        Person p = register();
        String first = address();
        String second = address();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn.authenticate(p.email(), "guess-" + i, first)).isEmpty();
        }
        for (int i = 3; i < 5; i++) {
            assertThat(signIn.authenticate(p.email(), "guess-" + i, second)).isEmpty();
        }
        assertThat(Db.count("select count(*) from account where id = ? and locked_until > now()", p.id())).isOne();
        assertThat(Db.count("select count(*) from audit_record where action = 'account.signIn' and target = ? "
                + "and outcome = 'REFUSED:wrong-password-locked'", "account:" + p.id())).isOne();
        var mail = GreenMailbox.await(p.email(), "계정이 잠겼습니다", Duration.ofSeconds(60));
        assertThat(mail).isPresent();
        assertThat(mail.get().body()).contains("15");
    }

    // --- a browser's worth of HTTP ----------------------------------------------------------

    /** Cookies of one browser; Faces forms posted with their view state, redirects not followed. */
    final class Browser {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        private final String base = "http://localhost:" + request.getLocalPort();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form, Map<String, String> fields) throws Exception {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
            Matcher m = VIEW_STATE.matcher(page.body());
            assertThat(m.find()).as("view state on " + path).isTrue();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put(form, form);
            all.put("submit", "submit");
            all.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
            // any other hidden field of the page (a per-session form token, should forms carry one)
            Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(page.body());
            while (hidden.find()) {
                Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
                if (name.find() && value.find()) {
                    all.putIfAbsent(name.group(1), value.group(1));
                }
            }
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String email, String password) throws Exception {
            HttpResponse<String> r = post("/login.xhtml", "signInForm", Map.of("email", email, "password", password));
            assertThat(r.statusCode()).as("sign-in of " + email).isEqualTo(302);
        }

        private String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
