package org.madang.disclosure;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * The open-data API over HTTP against the running portal with its demo data: search with facets,
 * cursor paging, 422 answers that name the field (never a 500), files with ETag and 304, datasets
 * in both formats, and the DCAT-AP catalogue expanded by a JSON-LD processor (Titanium), which
 * must name every published dataset the API lists.
 */
class OpenDataHttpIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final String DCAT = "http://www.w3.org/ns/dcat#";

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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchInKoreanWithFacetsAndHighlights() throws Exception {
        HttpResponse<String> r = get("/api/open/publications?q=" + enc("서울시의 따릉이") + "&limit=5");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject o = json(r);
        assertThat(o.getJsonNumber("total").longValue()).isPositive();
        JsonObject first = o.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("titleKo")).contains("따릉이");
        assertThat(o.getJsonObject("facets").getJsonObject("agency").containsKey("SEOUL")).isTrue();
        assertThat(r.body()).contains("<mark>");
    }

    @Test
    void badInputAnswers422NamingTheFieldNever500() throws Exception {
        String[][] cases = {
                {"/api/open/publications?agency=NOPE", "agency"},
                {"/api/open/publications?category=SECRET", "category"},
                {"/api/open/publications?year=twenty", "year"},
                {"/api/open/publications?cursor=" + enc("%%not-a-cursor"), "cursor"},
                {"/api/open/publications?cursor=" + "QUJD", "cursor"},
                {"/api/open/publications?sort=random", "sort"},
                {"/api/open/publications?limit=1000", "limit"},
                {"/api/open/publications?q=" + enc("가".repeat(2000)), "q"},
                {"/api/open/publications?q=" + enc("!!! ??? ***"), "q"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0], "Accept-Language", "en");
            assertThat(r.statusCode()).as(c[0] + " " + r.body()).isIn(400, 422); // a refusal naming the field, never a 500
            JsonObject err = json(r).getJsonArray("errors").getJsonObject(0);
            assertThat(err.getString("field")).as(c[0]).isEqualTo(c[1]);
            assertThat(err.getString("message")).isNotBlank();
        }
        assertThat(get("/api/open/publications/999999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/open/publications/abc").statusCode()).isEqualTo(404);
        assertThat(get("/open/publication.xhtml?id=999999999").statusCode()).isEqualTo(404);
        assertThat(get("/open/agency.xhtml?code=NOPE").statusCode()).isEqualTo(404);
        assertThat(get("/open/?q=" + enc("가".repeat(2000))).statusCode()).isEqualTo(200); // a message on the page
    }

    @Test
    void cursorPagingVisitsEveryDatasetOnceAndFilesHaveEtags() throws Exception {
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        long total;
        do {
            JsonObject page = json(get("/api/open/publications?type=DATASET&limit=40"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            total = page.getJsonNumber("total").longValue();
            for (JsonValue v : page.getJsonArray("items")) {
                assertThat(seen.add(v.asJsonObject().getJsonNumber("id").longValue())).isTrue();
            }
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(40);
        assertThat((long) seen.size()).isGreaterThanOrEqualTo(total);

        long id = seen.iterator().next();
        HttpResponse<String> file = get("/api/open/publications/" + id + "/versions/1/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String etag = file.headers().firstValue("ETag").orElseThrow();
        assertThat(file.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get("/api/open/publications/" + id + "/versions/1/file", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/api/open/publications/" + id + "/versions/9/file").statusCode()).isEqualTo(404);
        HttpResponse<String> asJson = get("/api/open/publications/" + id + "/data.json");
        assertThat(asJson.statusCode()).isEqualTo(200);
        JsonArray rows = Json.createReader(new StringReader(asJson.body())).readArray();
        assertThat(rows).isNotEmpty();
        assertThat(get("/api/open/publications/" + id + "/data.csv").body()).startsWith(
                String.join(",", rows.getJsonObject(0).keySet()));
    }

    @Test
    void theDcatCatalogueExpandsAsJsonLdAndNamesEveryDataset() throws Exception {
        HttpResponse<String> r = get("/api/open/catalog.jsonld");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(r.body()))).get();
        JsonObject catalog = expanded.getJsonObject(0);
        assertThat(catalog.getJsonArray("@type").getString(0)).isEqualTo(DCAT + "Catalog");
        Set<String> named = new HashSet<>();
        for (JsonValue d : catalog.getJsonArray(DCAT + "dataset")) {
            JsonObject ds = d.asJsonObject();
            assertThat(ds.getJsonArray("@type").getString(0)).isEqualTo(DCAT + "Dataset");
            assertThat(ds.getJsonArray(DCAT + "distribution")).hasSize(2);
            named.add(ds.getString("@id"));
        }
        Set<String> listed = new HashSet<>();
        String cursor = null;
        do {
            JsonObject page = json(get("/api/open/publications?type=DATASET&limit=100" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.getJsonArray("items").forEach(v -> listed.add(BASE + "/api/open/publications/"
                    + v.asJsonObject().getJsonNumber("id").longValue()));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (cursor != null);
        assertThat(named).containsAll(listed);

        // the portal's own monthly performance indicators are datasets too, downloadable as CSV and JSON
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        JsonObject indicators = catalog.getJsonArray(DCAT + "dataset").stream().map(JsonValue::asJsonObject)
                .filter(ds -> ds.getString("@id").equals(BASE + "/api/open/datasets/performance-" + month))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator dataset for " + month));
        for (JsonValue dist : indicators.getJsonArray(DCAT + "distribution")) {
            String url = dist.asJsonObject().getJsonArray(DCAT + "downloadURL").getJsonObject(0).getString("@id");
            HttpResponse<String> download = get(url.substring(BASE.length()));
            assertThat(download.statusCode()).as(url).isEqualTo(200);
            assertThat(download.body()).as(url).isNotBlank();
        }
    }
}
