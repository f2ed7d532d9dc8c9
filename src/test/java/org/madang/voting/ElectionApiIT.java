package org.madang.voting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The elections API over plain HTTP, anonymous: the list, the demo election's archive (which
 * belenios-tool verifies), the portal's verifier on that archive and on a damaged copy, and the
 * OpenAPI document.
 */
class ElectionApiIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");
    private static final String DEMO = "MadangDemoVote26";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<byte[]> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HTTP.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    private static String verify(byte[] bel) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(BASE + "/api/elections/verify"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bel)));
        assertThat(r.statusCode()).isEqualTo(200);
        return new String(r.body());
    }

    @Test
    void theListNamesTheDemoElectionWithItsStatus() throws Exception {
        HttpResponse<byte[]> r = get("/api/elections");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(new String(r.body())).contains("\"id\":\"" + DEMO + "\"").contains("\"status\":\"FINISHED\"")
                .contains("\"title\":\"");
    }

    @Test
    void theArchiveDownloadsVerifiesHereAndWithBeleniosTool() throws Exception {
        HttpResponse<byte[]> r = get("/api/elections/" + DEMO + "/archive");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/octet-stream");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains(DEMO + ".bel");
        byte[] bel = r.body();
        assertThat(new String(bel, 0, 8)).isEqualTo("BELENIOS");

        Path tmp = Files.createTempDirectory("voting-api");
        Tool.Run tool = Tool.verify(tmp, DEMO, bel);
        assertThat(tool.ok()).as(tool.toString()).isTrue();

        assertThat(verify(bel)).contains("\"valid\":true").contains("\"uuid\":\"" + DEMO + "\"")
                .contains("\"result\":[[4,0,1]");
        byte[] damaged = bel.clone();
        // a digit in the last member (the result) changes: its name no longer matches its hash
        for (int i = damaged.length - 1; i > 0; i--) {
            if (damaged[i] >= '1' && damaged[i] <= '8') {
                damaged[i]++;
                break;
            }
        }
        String verdict = verify(damaged);
        assertThat(verdict).contains("\"valid\":false").contains("\"failure\":\"");
        assertThat(verify("not an archive".getBytes())).contains("\"valid\":false");
    }

    @Test
    void unknownElectionsAre404AndTheApiIsDocumented() throws Exception {
        assertThat(get("/api/elections/NoSuchElectionXyz/archive").statusCode()).isEqualTo(404);
        assertThat(get("/api/elections/NoSuchElectionXyz/election").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> tally = get("/api/elections/" + DEMO + "/encrypted-tally");
        assertThat(tally.statusCode()).isEqualTo(200);
        assertThat(new String(tally.body())).startsWith("[[{\"alpha\":\"");
        HttpResponse<byte[]> election = get("/api/elections/" + DEMO + "/election");
        assertThat(new String(election.body())).startsWith("{\"version\":1,").contains("\"uuid\":\"" + DEMO + "\"");
        HttpResponse<byte[]> doc = get("/openapi");
        assertThat(new String(doc.body())).contains("/api/elections/{id}/archive").contains("/api/elections/verify");
    }
}
