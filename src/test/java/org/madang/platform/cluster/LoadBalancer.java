package org.madang.platform.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load balancer in front of the two instances, reduced to what the cluster test needs: one
 * address for the browser (so the page's origin, its cookies and its Content-Security-Policy stay
 * the same whichever instance answers) and a switch saying which instance gets the next requests.
 * The Host header is passed on unchanged, as a proxy that keeps the public name does, so the
 * instances build their redirects to the balancer and accept its forms as their own origin (this
 * needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}, set by the cluster profile).
 */
final class LoadBalancer implements AutoCloseable {
    /** Hop-by-hop headers, and those the JDK's client and server set themselves. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "upgrade", "expect", "te", "trailer", "proxy-connection", "date");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<URI> target;

    LoadBalancer(String firstTarget) throws IOException {
        target = new AtomicReference<>(URI.create(firstTarget));
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 50);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** The address the browser uses. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** From now on, every request goes to this instance. */
    void sendTo(String instance) {
        target.set(URI.create(instance));
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target.get().resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                if (!NOT_FORWARDED.contains(h.getKey().toLowerCase())) {
                    h.getValue().forEach(v -> request.header(h.getKey(), v));
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException unreachable) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            byte[] out = response.body();
            boolean noBody = out.length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : out.length);
            if (!noBody) {
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
