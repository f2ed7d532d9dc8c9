package org.madang.disclosure.request;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public request log over HTTP against the running portal with its demo requests: the JSON
 * list and one request with no requester's name, cursor paging, a private subject left out,
 * refusals that name the field (never a 500), 404 for an unknown number, the statistics as JSON
 * and CSV, and the public pages answering 200/404.
 */
class RequestLogHttpIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(180)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    void theLogPagesThroughEveryRequestOnceAndNamesNoRequester() throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> r = get("/api/open/requests?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).doesNotContain("김민준").doesNotContain("이서연").doesNotContain("@madang.go.kr")
                    .doesNotContain("requesterId").doesNotContain("description");
            JsonObject o = json(r);
            JsonArray items = o.getJsonArray("items");
            for (int i = 0; i < items.size(); i++) {
                JsonObject it = items.getJsonObject(i);
                assertThat(seen.add(it.getString("number"))).as("each request once").isTrue();
                assertThat(it.getString("requester")).matches("requester #\\d+");
            }
            cursor = o.containsKey("older") && !o.isNull("older") ? o.getString("older") : null;
            pages++;
        } while (cursor != null && pages < 10_000);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(13); // the demo requests at least

        HttpResponse<String> overdue = get("/api/open/requests?status=OVERDUE&limit=100");
        assertThat(json(overdue).getJsonArray("items")).isNotEmpty();
        assertThat(json(overdue).getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(x -> x.getBoolean("overdue"));
        HttpResponse<String> priv = get("/api/open/requests?q=" + URLEncoder.encode("상담 기록", StandardCharsets.UTF_8));
        assertThat(json(priv).getJsonArray("items")).as("a private subject is never searched").isEmpty();
    }

    @Test
    void oneRequestWithItsDecisionGroundsAndNotices() throws Exception {
        HttpResponse<String> list = get("/api/open/requests?decision=NON_DISCLOSURE&limit=100");
        JsonObject first = json(list).getJsonArray("items").getJsonObject(0);
        HttpResponse<String> r = get("/api/open/requests/" + first.getString("number"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject one = json(r);
        assertThat(one.getString("decision")).isEqualTo("NON_DISCLOSURE");
        assertThat(one.getJsonArray("grounds")).isNotEmpty();
        assertThat(one.getJsonArray("history")).isNotEmpty();
        assertThat(one.getString("decisionNotice")).isNotBlank();
        assertThat(get("/open/requests/request.xhtml?number=" + first.getString("number")).statusCode()).isEqualTo(200);
        assertThat(get("/api/open/requests/DR-20261201-000001-0").statusCode()).isEqualTo(404);
        assertThat(get("/api/open/requests/nonsense").statusCode()).isEqualTo(404);
        assertThat(get("/open/requests/request.xhtml?number=DR-20261201-000001-0").statusCode()).isEqualTo(404);
        assertThat(get("/open/requests/request.xhtml").statusCode()).isEqualTo(400);
    }

    @Test
    void badFiltersAnswerANamedRefusalNever500() throws Exception {
        String[][] cases = {{"/api/open/requests?agency=NOPE", "agency"}, {"/api/open/requests?status=LOST", "status"},
                {"/api/open/requests?decision=MAYBE", "decision"}, {"/api/open/requests?limit=1000", "limit"},
                {"/api/open/requests?q=" + URLEncoder.encode("가".repeat(300), StandardCharsets.UTF_8), "q"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0], "Accept-Language", "en");
            assertThat(r.statusCode()).as(c[0] + " " + r.body()).isIn(400, 422);
            assertThat(json(r).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(c[1]);
        }
        assertThat(get("/open/requests/?status=LOST").statusCode()).isEqualTo(200); // a message on the page
    }

    @Test
    void statisticsAsJsonAndCsv() throws Exception {
        HttpResponse<String> r = get("/api/open/requests/statistics?sort=AGENCY&dir=asc");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonArray rows = Json.createReader(new StringReader(r.body())).readArray();
        assertThat(rows).isNotEmpty();
        long total = rows.getValuesAs(JsonObject.class).stream().mapToLong(x -> x.getJsonNumber("requests").longValue()).sum();
        assertThat(total).isPositive();
        HttpResponse<String> csv = get("/api/open/requests/statistics.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFagency_code,agency_ko,").contains("NTS,");
        assertThat(csv.body().split("\r\n")).hasSize(rows.size() + 1);
        assertThat(get("/open/requests/statistics.xhtml?sort=FULL&dir=asc").statusCode()).isEqualTo(200);
        assertThat(get("/open/requests/statistics.xhtml?sort=nonsense").statusCode()).isEqualTo(200);
    }
}
