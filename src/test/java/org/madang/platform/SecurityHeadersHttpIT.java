package org.madang.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.testsupport.HttpSignIn;
import org.madang.testsupport.Texts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers and cookie attributes on pages, the API, downloads, resources and error
 * pages, and the refusal of cross-site POSTs, over plain HTTP as an attacker's client would see them.
 */
class SecurityHeadersHttpIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Path LOG = Path.of(System.getProperty("madang.wlp.home", "target/liberty/wlp"),
            "usr/servers/defaultServer/logs/messages.log");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/login.xhtml", "/services/", "/api/agencies", "/api/elections",
            "/api/elections/MadangDemoVote26/archive", "/jakarta.faces.resource/css/madang.css.xhtml",
            "/no-such-page.xhtml", "/api/no-such-resource"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> r = get(path);
        HttpHeaders h = r.headers();
        List<String> csp = h.allValues("Content-Security-Policy");
        assertThat(csp).as("exactly one policy on %s (two would both be enforced)", path).hasSize(1);
        assertThat(csp.get(0)).contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("script-src 'self'")
                .doesNotContainPattern("script-src[^;]*unsafe-(inline|eval)");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(h.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        // plain HTTP (the test server): HSTS only ever on TLS
        assertThat(h.firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(h.firstValue("Access-Control-Allow-Origin")).as("no CORS opening").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/my/", "/health/ready", "/openapi"})
    void whatLibertyAnswersItselfCarriesTheHeadersToo(String path) throws Exception {
        HttpHeaders h = get(path).headers();
        assertThat(h.allValues("Content-Security-Policy")).hasSize(1)
                .allSatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void aPageAllowsOnlyItsOwnNoncedScriptsAndHasNoInlineHandlers() throws Exception {
        HttpResponse<String> r = get("/");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
        assertThat(nonce.find()).as("nonce in %s", csp).isTrue();
        Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(r.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(scripts).isPositive();
        assertThat(r.body()).doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("javascript:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/login.xhtml", "/services/", "/api/services", "/vote/", "/polls/", "/petitions/",
            "/forum/", "/open/", "/performance/", "/api/agencies"})
    void anAnonymousPublicAnswerIsKeptWithValidatorsAndAnswers304(String path) throws Exception {
        get(path); // the first reader may be the one it is rendered for
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        HttpHeaders h = r.headers();
        assertThat(h.allValues("Set-Cookie")).as("an anonymous reader gets no session").isEmpty();
        assertThat(h.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("public,")
                .contains("max-age=").contains("stale-while-revalidate="));
        assertThat(h.firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language").contains("Cookie"));
        String etag = h.firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
        String lastModified = h.firstValue("Last-Modified").orElseThrow(() -> new AssertionError("no Last-Modified on " + path));

        HttpResponse<String> unchanged = send(HttpRequest.newBuilder(URI.create(BASE + path)).header("If-None-Match", etag).GET());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
        // a browser takes the 304's headers for its copy: the policy must allow that copy's scripts
        List<String> policy = unchanged.headers().allValues("Content-Security-Policy");
        assertThat(policy).hasSize(1);
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(h.firstValue("Content-Security-Policy").orElseThrow());
        if (nonce.find()) {
            assertThat(r.body()).contains("nonce=\"" + nonce.group(1) + "\"");
            assertThat(policy.get(0)).contains("'nonce-" + nonce.group(1) + "'").contains("frame-ancestors 'none'");
        }
        HttpResponse<String> since = send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("If-Modified-Since", lastModified).GET());
        assertThat(since.statusCode()).isEqualTo(304);
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("If-None-Match", "W/\"another\"").header("If-Modified-Since", lastModified).GET());
        assertThat(other.statusCode()).as("If-None-Match decides when present").isEqualTo(200);
        assertThat(other.body()).isNotEmpty();
    }

    @Test
    void aKeptPageGetsAFreshNonceOnEveryAnswer() throws Exception {
        List<String> nonces = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = get("/");
            Matcher m = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(r.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertThat(m.find()).isTrue();
            assertThat(r.body()).contains("nonce=\"" + m.group(1) + "\"");
            nonces.add(m.group(1));
        }
        assertThat(nonces).doesNotHaveDuplicates();
    }

    @Test
    void aSignedInPersonsPagesArePrivateAndCarryNoValidators() throws Exception {
        HttpSignIn citizen = HttpSignIn.as(BASE, "citizen@madang.go.kr");
        for (String path : List.of("/", "/services/", "/api/services", "/petitions/", "/my/")) {
            HttpResponse<String> r = citizen.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Cache-Control")).as(path).containsExactly("private, no-store");
            assertThat(r.headers().firstValue("ETag")).as(path).isEmpty();
        }
        // and the public copy was not served to them: their own name is in the header
        assertThat(citizen.get("/services/").body()).contains("signOutForm");
    }

    @Test
    void cookiesAreHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        HttpResponse<String> language = get("/accessibility.xhtml?lang=en");
        List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
        cookies.addAll(language.headers().allValues("Set-Cookie"));
        assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aPostFromAnotherSiteOrFromNowhereIsRefused() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");
        Matcher vs = VIEW_STATE.matcher(login.body());
        assertThat(vs.find()).isTrue();
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("MADANGSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
        String form = "loginForm=loginForm&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(vs.group(1),
                java.nio.charset.StandardCharsets.UTF_8);
        // Origin: null (a sandboxed frame, a data: page) without Sec-Fetch-Site, another site, and no Origin at all
        for (String[] headers : List.of(new String[] {"Origin", "null"}, new String[] {"Origin", "https://evil.example"},
                new String[] {"Origin", "null", "Sec-Fetch-Site", "cross-site"}, new String[0])) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (headers.length > 0) {
                b.headers(headers);
            }
            assertThat(send(b).statusCode()).as("POST with %s", List.of(headers)).isEqualTo(403);
        }
        // the portal's own origin passes the check (whatever the form then says)
        HttpResponse<String> own = send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .header("Origin", BASE).POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(own.statusCode()).isNotEqualTo(403).isLessThan(500);
        HttpResponse<String> sameOriginFetch = send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .header("Origin", "null").header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(sameOriginFetch.statusCode()).isNotEqualTo(403).isLessThan(500);
    }

    @Test
    void aStatelessFormPostedWithoutTheSessionsTokenIsRefused() throws Exception {
        HttpSignIn citizen = HttpSignIn.as(BASE, "citizen@madang.go.kr");
        Matcher link = Pattern.compile("application\\.xhtml\\?number=([0-9-]+)").matcher(citizen.get("/my/applications.xhtml").body());
        assertThat(link.find()).as("the demo citizen has an application").isTrue();
        String page = citizen.get("/my/application.xhtml?number=" + link.group(1)).body();
        String token = HttpSignIn.field(page, "madang_form_token").orElseThrow(() -> new AssertionError("no form token"));
        // the confirmation box is left unticked: even an accepted post withdraws nothing
        String form = "withdrawForm=withdrawForm&number=" + link.group(1) + "&withdraw=x&jakarta.faces.ViewState="
                + HttpSignIn.enc(HttpSignIn.field(page, "jakarta.faces.ViewState").orElseThrow())
                + HttpSignIn.field(page, "primefaces.nonce").map(n -> "&primefaces.nonce=" + HttpSignIn.enc(n)).orElse("");
        String path = "/my/application.xhtml?number=" + link.group(1);
        assertThat(citizen.post(path, form).statusCode()).as("without the token").isEqualTo(403);
        assertThat(citizen.post(path, form + "&madang_form_token=forged").statusCode()).as("a wrong token").isEqualTo(403);
        HttpResponse<String> withToken = citizen.post(path, form + "&madang_form_token=" + HttpSignIn.enc(token));
        assertThat(withToken.statusCode()).as("with the token: the form answers (asking for the confirmation)").isEqualTo(200);
    }

    @Test
    void aPostbackWithoutItsPagesNonceIsA400PageAndANormalPostbackStillWorks() throws Exception {
        long logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;
        HttpSignIn visitor = HttpSignIn.anonymous(BASE);
        String page = visitor.get("/register.xhtml").body();
        String nonce = HttpSignIn.field(page, "primefaces.nonce").orElseThrow(() -> new AssertionError("no nonce field"));
        // an empty registration: accepted, it answers the form again with its field messages
        String form = "registerForm=registerForm&submit=x&jakarta.faces.ViewState="
                + HttpSignIn.enc(HttpSignIn.field(page, "jakarta.faces.ViewState").orElseThrow());
        String badNonce = java.util.Base64.getEncoder().encodeToString(java.util.UUID.randomUUID().toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        for (String without : List.of(form, form + "&primefaces.nonce=", form + "&primefaces.nonce=" + HttpSignIn.enc(badNonce),
                form + "&primefaces.nonce=not-a-nonce")) {
            HttpResponse<String> r = visitor.post("/register.xhtml", without);
            assertThat(r.statusCode()).as("postback %s", without.replaceAll(".*&primefaces", "primefaces")).isEqualTo(400);
            // the whole translated 400 page, with its own fresh nonce on its scripts and in its one policy
            assertThat(r.body()).contains(Texts.of("ko").get("error.400.title")).contains("</html>")
                    .doesNotContain("CspException").doesNotContain("at org.").doesNotContain("registerForm");
            List<String> csp = r.headers().allValues("Content-Security-Policy");
            assertThat(csp).hasSize(1);
            Matcher n = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(csp.get(0));
            assertThat(n.find()).isTrue();
            assertThat(n.group(1)).isNotEqualTo(nonce).isNotEqualTo(badNonce);
            assertThat(r.body()).contains("nonce=\"" + n.group(1) + "\"");
        }
        HttpResponse<String> normal = visitor.post("/register.xhtml", form + "&primefaces.nonce=" + HttpSignIn.enc(nonce));
        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(normal.body()).contains("id=\"registerForm\"").contains("</html>");
        // and a postback that redirects (the sign-in form, with its nonce) signs in
        HttpSignIn.as(BASE, "citizen@madang.go.kr");
        if (Files.exists(LOG)) {
            String added;
            try (var in = Files.newInputStream(LOG)) {
                in.skipNBytes(Math.min(logBefore, Files.size(LOG)));
                added = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(added).as("refusals are not incidents").doesNotContain("CspException").doesNotContain("incident ");
            assertThat(added.lines().filter(l -> l.contains("PostbackNonceCheck")).count())
                    .as("one short line per refusal").isLessThanOrEqualTo(4);
        }
    }

    @Test
    void anApiPostWithTheBrowsersCookiesFromAnotherSiteIsRefusedButAPublicVerifierCallPasses() throws Exception {
        HttpResponse<String> withCookie = send(HttpRequest.newBuilder(URI.create(BASE + "/api/elections/verify"))
                .header("Content-Type", "application/octet-stream").header("Cookie", "MADANGSESSIONID=x")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(withCookie.statusCode()).isEqualTo(403);
        // no cookie, no ambient authority: a script or curl may verify an archive
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(BASE + "/api/elections/verify"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(anonymous.statusCode()).isNotEqualTo(403);
    }
}
