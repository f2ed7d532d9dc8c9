package org.madang.voting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The booth script as the election pages load it from the running portal: at its plain address
 * and through the Faces resource handler (h:outputScript name="js/booth/booth.js"), unchanged and
 * served as JavaScript, to visitors who are not signed in (trustees and voters open it first).
 */
class BoothScriptHttpIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Path SOURCE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
            "src/main/webapp/resources/js/booth/booth.js");

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBoothScriptIsServedAsJavaScript() throws Exception {
        String source = Files.readString(SOURCE);
        for (String path : new String[] {"/resources/js/booth/booth.js", "/jakarta.faces.resource/js/booth/booth.js.xhtml"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).contains("javascript");
            assertThat(r.body()).as(path).isEqualTo(source);
        }
    }
}
