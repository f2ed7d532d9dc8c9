package org.madang.security;

import org.madang.testsupport.InContainer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser session over plain HTTP (cookies kept, redirects not followed): signed in
 * through the real sign-in form, so pages and servlets decide exactly as they do for a browser.
 * Usable from a plain HTTP test and from inside the container (the application at context root /).
 */
@InContainer
public final class PageSession {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    /** What differs between two renderings of the same answer: view state, nonces, per-session tokens. */
    private static final Pattern VOLATILE = Pattern.compile(
            "(value|nonce|content|action|href|src)=\"[^\"]*(ViewState|jsessionid|[0-9a-f]{16,}|-?[0-9]{6,}:-?[0-9]{6,})[^\"]*\"");

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String base;
    private final HttpClient client;

    private PageSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static PageSession anonymous(String base) {
        return new PageSession(base);
    }

    /** A session signed in through /login.xhtml with a same-origin POST; fails if the sign-in is refused. */
    public static PageSession signedIn(String base, String email, String password) throws IOException, InterruptedException {
        PageSession s = new PageSession(base);
        HttpResponse<String> form = s.get("/login.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        assertThat(state.find()).as("sign-in form's view state").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signInForm", "signInForm");
        fields.put("email", email);
        fields.put("password", password);
        fields.put("submit", "submit");
        fields.put("jakarta.faces.ViewState", state.group(1));
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find() && value.find()) {
                fields.putIfAbsent(name.group(1), value.group(1));
            }
        }
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> signedIn = s.client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base).header("Accept-Language", "ko")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("sign-in of %s answers with a redirect", email).isIn(302, 303);
        String next = signedIn.headers().firstValue("Location").orElse("");
        assertThat(next).as("sign-in of %s", email).doesNotContain("/login.xhtml");
        // the page after the sign-in shows its "signed in" message: taken here, so later pages compare alike
        s.client.send(HttpRequest.newBuilder(URI.create(next.startsWith("http") ? next : base + next))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding());
        return s;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "ko").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET to the JSON API with a bearer token (no session). */
    public static HttpResponse<String> api(String base, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/api" + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Accept-Language", "en").GET();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Asserts that {@code other} (someone else's object) got exactly the answer {@code unknown} (an id
     * that does not exist) got: the same status, the same redirect target, and the same page once
     * view state, nonces, session tokens and the id itself are set aside, so the answer tells nothing
     * about the object.
     */
    public static void assertSameAnswer(String what, HttpResponse<String> other, String otherId,
                                        HttpResponse<String> unknown, String unknownId) {
        assertThat(other.statusCode()).as("%s: status for someone else's object vs an unknown one", what)
                .isEqualTo(unknown.statusCode());
        assertThat(other.headers().firstValue("Location").map(PageSession::withoutQuery))
                .as("%s: redirect", what).isEqualTo(unknown.headers().firstValue("Location").map(PageSession::withoutQuery));
        // the id asked for may be echoed (in a link back, say): that tells nothing the asker did not know
        assertThat(normalised(other.body(), otherId)).as("%s: page for someone else's object vs an unknown one", what)
                .isEqualTo(normalised(unknown.body(), unknownId));
    }

    static String normalised(String html, String id) {
        String s = VOLATILE.matcher(html).replaceAll("$1=\"…\"");
        s = UUID.matcher(s).replaceAll("{uuid}"); // one-off script ids
        // the Content-Security-Policy nonce, new on every response
        s = s.replaceAll("nonce=\"[^\"]*\"", "nonce=\"…\"")
                .replaceAll("name=\"primefaces\\.nonce\" value=\"[^\"]*\"", "name=\"primefaces.nonce\" value=\"…\"")
                .replaceAll("csp\\.init\\('[^']*'\\)", "csp.init('…')");
        s = s.replaceAll("([?&;][A-Za-z]+=|/)" + Pattern.quote(id) + "(?![0-9A-Za-z])", "$1{id}");
        return s.strip();
    }

    private static String withoutQuery(String location) {
        int q = location.indexOf('?');
        return q < 0 ? location : location.substring(0, q);
    }
}
