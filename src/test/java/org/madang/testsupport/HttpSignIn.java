package org.madang.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the portal's sign-in page over plain HTTP, as a browser would (view state, CSP
 * nonce field, the portal's Origin), and keeps the cookies: for HTTP tests of signed-in pages.
 */
public final class HttpSignIn {
    public static final String DEMO_PASSWORD = "Madang!2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final Map<String, String> jar = new LinkedHashMap<>();

    private HttpSignIn(String base) {
        this.base = base;
    }

    /** A visitor who has not signed in (cookies are still kept). */
    public static HttpSignIn anonymous(String base) {
        return new HttpSignIn(base);
    }

    /** A session signed in as this demo account. */
    public static HttpSignIn as(String base, String email) throws IOException, InterruptedException {
        HttpSignIn s = new HttpSignIn(base);
        HttpResponse<String> page = s.get("/login.xhtml");
        String form = "signInForm=signInForm&email=" + enc(email) + "&password=" + enc(DEMO_PASSWORD) + "&submit=x"
                + "&jakarta.faces.ViewState=" + enc(field(page.body(), "jakarta.faces.ViewState").orElseThrow())
                + field(page.body(), "primefaces.nonce").map(n -> "&primefaces.nonce=" + enc(n)).orElse("");
        HttpResponse<String> posted = s.post("/login.xhtml", form);
        if (posted.statusCode() / 100 != 3) {
            throw new AssertionError("sign-in as " + email + " answered " + posted.statusCode());
        }
        return s;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form POST from the portal's own origin. */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public String cookieHeader() {
        return String.join("; ", jar.values());
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        if (!jar.isEmpty()) {
            b.header("Cookie", cookieHeader());
        }
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        r.headers().allValues("Set-Cookie").forEach(c -> {
            String pair = c.contains(";") ? c.substring(0, c.indexOf(';')) : c;
            jar.put(pair.substring(0, pair.indexOf('=')), pair);
        });
        return r;
    }

    /** The value of a hidden field of the page, by name. */
    public static Optional<String> field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        return m.find() ? Optional.of(m.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
