package org.madang.security;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the declared access matrix ({@code security/access-matrix.csv}): every page folder and REST
 * endpoint, as an anonymous visitor and as one demo account per role, over plain HTTP against the
 * server {@code mvn verify} started. A new page or role is a new row or column in the table.
 */
class AccessMatrixHttpIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");
    private static final String PASSWORD = "Madang!2026";
    /** The table's columns after "anonymous", each a demo account holding that role. */
    private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("citizen", "citizen@madang.go.kr");
        ACCOUNTS.put("business", "business@madang.go.kr");
        ACCOUNTS.put("officer", "officer@madang.go.kr");
        ACCOUNTS.put("supervisor", "supervisor@madang.go.kr");
        ACCOUNTS.put("election", "election@madang.go.kr");
        ACCOUNTS.put("admin", "admin@madang.go.kr");
        ACCOUNTS.put("auditor", "auditor@madang.go.kr");
        ACCOUNTS.put("privacy", "privacy@madang.go.kr");
        ACCOUNTS.put("publisher", "publisher@madang.go.kr");
        ACCOUNTS.put("moderator", "moderator@madang.go.kr");
    }

    @TestFactory
    Stream<DynamicTest> everyRowAsEveryActor() throws IOException {
        Matrix matrix = Matrix.read();
        assertThat(matrix.actors.subList(1, matrix.actors.size())).as("table columns")
                .containsExactlyElementsOf(ACCOUNTS.keySet());
        return matrix.actors.stream().map(actor -> DynamicTest.dynamicTest(actor, () -> {
            HttpClient client = client();
            if (!actor.equals("anonymous")) {
                signIn(client, ACCOUNTS.get(actor));
            }
            List<String> wrong = new ArrayList<>();
            for (Row row : matrix.rows) {
                String expected = row.expected.get(actor);
                String seen = answer(get(client, row.path));
                if (!seen.equals(expected)) {
                    wrong.add(row.path + ": expected " + expected + ", got " + seen);
                }
            }
            assertThat(wrong).as("rows answered otherwise than declared for %s", actor).isEmpty();
        }));
    }

    /**
     * One GET, asked again once if it timed out: the first pages a cold server renders on a loaded
     * 2-core machine have taken over a minute (the answer, not its speed, is what this test checks).
     */
    private static HttpResponse<Void> get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(120)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.net.http.HttpTimeoutException slow) {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }

    /** The answer in the table's words: a redirect to the sign-in page is "login", one to TLS "https". */
    private static String answer(HttpResponse<?> r) {
        int s = r.statusCode();
        if (s == 302 || s == 303) {
            String location = r.headers().firstValue("Location").orElse("");
            if (location.contains("/login.xhtml")) {
                return "login";
            }
            return location.startsWith("https://") ? "https" : s + " to " + location;
        }
        return Integer.toString(s);
    }

    private static HttpClient client() {
        // HTTP/1.1: the client's first GET otherwise tries an h2c upgrade, which stalls against Liberty's
        // plain-HTTP endpoint (the anonymous column, whose first request is a GET, timed out after 120 s)
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the real sign-in form (its view state, then a same-origin POST). */
    static void signIn(HttpClient client, String email) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(state.find()).as("sign-in form's view state").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signInForm", "signInForm");
        fields.put("email", email);
        fields.put("password", PASSWORD);
        fields.put("submit", "submit");
        fields.put("jakarta.faces.ViewState", state.group(1));
        addHiddenToken(form.body(), fields);
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", BASE).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("sign-in of %s answers with a redirect", email).isIn(302, 303);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("sign-in of %s", email)
                .doesNotContain("/login.xhtml");
    }

    /** Any other hidden field of the form (a per-session token, should the form carry one). */
    private static void addHiddenToken(String html, Map<String, String> fields) {
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(html);
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find() && value.find()) {
                fields.putIfAbsent(name.group(1), value.group(1));
            }
        }
    }

    private record Row(String path, Map<String, String> expected) {
    }

    private record Matrix(List<String> actors, List<Row> rows) {
        static Matrix read() throws IOException {
            try (InputStream in = AccessMatrixHttpIT.class.getResourceAsStream("/security/access-matrix.csv")) {
                assertThat(in).as("security/access-matrix.csv on the test class path").isNotNull();
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                List<String> header = Arrays.asList(lines.get(0).split(","));
                assertThat(header.get(0)).isEqualTo("path");
                List<String> actors = header.subList(1, header.size());
                List<Row> rows = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",");
                    assertThat(cells).as("cells of %s", line).hasSize(header.size());
                    Map<String, String> expected = new LinkedHashMap<>();
                    for (int i = 0; i < actors.size(); i++) {
                        expected.put(actors.get(i), cells[i + 1].trim());
                    }
                    rows.add(new Row(cells[0].trim(), expected));
                }
                return new Matrix(actors, rows);
            }
        }
    }
}
