package org.madang.platform;

import org.junit.jupiter.api.Test;
import org.madang.testsupport.HttpSignIn;
import org.madang.testsupport.Texts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform seen from outside, over plain HTTP against the server that {@code mvn verify} started
 * with the real WAR: probes, metrics, API documentation, error pages and the URL security constraints.
 */
class PlatformHttpIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");
    // Redirect.NEVER (the default): we want to see the status the server answers, not where it leads
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsUpAndIncludesTheDatabaseCheck() throws Exception {
        HttpResponse<String> r = get("/health/ready");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String body = r.body().replaceAll("\\s", "");
        assertThat(body).startsWith("{\"status\":\"UP\"");
        // the "database" check itself must be there and UP, with the migrations up to date
        Matcher db = Pattern.compile("\\{[^{}]*\"name\":\"database\"[^{}]*\"status\":\"UP\"").matcher(body);
        Matcher dbReversed = Pattern.compile("\\{[^{}]*\"status\":\"UP\"[^{}]*\"name\":\"database\"").matcher(body);
        assertThat(db.find() || dbReversed.find()).as("database check UP in %s", body).isTrue();
        assertThat(body).contains("\"migrations\":\"uptodate\"");
    }

    @Test
    void livenessAnswers() throws Exception {
        HttpResponse<String> r = get("/health/live");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("UP");
    }

    @Test
    void libertysOwnMetricsAreClosedAndTheOperatorsOnesNeedSignIn() throws Exception {
        HttpResponse<String> liberty = get("/metrics");
        assertThat(liberty.statusCode()).as("Liberty's /metrics").isIn(302, 401, 403);
        assertThat(liberty.body()).doesNotContain("# TYPE");
        assertThat(liberty.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> anonymous = get("/operations/metrics");
        assertThat(anonymous.statusCode()).isIn(302, 303, 401, 403);
        assertThat(anonymous.body()).doesNotContain("# TYPE");
    }

    @Test
    void anOperatorReadsTheMetricsInPrometheusFormatAndACitizenMayNot() throws Exception {
        HttpResponse<String> r = HttpSignIn.as(BASE, "operator@madang.go.kr").get("/operations/metrics");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
        assertThat(r.body()).contains("# TYPE").contains("mp_scope=\"base\"").contains("memory");
        assertThat(HttpSignIn.as(BASE, "citizen@madang.go.kr").get("/operations/metrics").statusCode()).isEqualTo(403);
    }

    @Test
    void openApiDocumentsTheAgenciesEndpoint() throws Exception {
        HttpResponse<String> r = get("/openapi");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("(?m)^openapi: 3\\.").contains("/api/agencies:");
    }

    @Test
    void anUnknownPageIsA404InKoreanByDefault() throws Exception {
        HttpResponse<String> r = get("/no-such-page-" + System.nanoTime() + ".xhtml");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.body()).contains("lang=\"ko\"").contains(Texts.of("ko").get("error.404.title"))
                // our page, not Liberty's default "Error 404: ..." text nor a stack trace
                .doesNotContain("Error 404").doesNotContain("java.lang.").doesNotContain("\tat ");
    }

    @Test
    void anUnknownPageIsA404InEnglishWithTheLanguageCookie() throws Exception {
        HttpResponse<String> r = get("/no-such-folder/page", "Cookie", "madang_lang=en");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("lang=\"en\"").contains(Texts.of("en").get("error.404.title"));
    }

    @Test
    void theLanguageLinkSetsTheCookieAndRedirectsToTheSamePage() throws Exception {
        HttpResponse<String> r = get("/accessibility.xhtml?lang=en");
        assertThat(r.statusCode()).isIn(302, 303);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/accessibility.xhtml"));
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("madang_lang=en")
                .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void theAdministrationIsClosedToAnonymousVisitors() throws Exception {
        HttpResponse<String> r = get("/admin/");
        // the form mechanism sends an anonymous visitor to the sign-in page (or the container refuses)
        assertThat(r.statusCode()).as("status of /admin/ for an anonymous visitor").isIn(302, 303, 401, 403);
        if (r.statusCode() / 100 == 3) {
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
        }
        assertThat(r.body()).doesNotContain(Texts.of("ko").get("nav.admin")).doesNotContain(Texts.of("en").get("nav.admin"));
    }

    @Test
    void noServerOrFrameworkHeadersLeak() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Server")).isEmpty();
        assertThat(r.headers().firstValue("X-Powered-By")).isEmpty();
    }
}
