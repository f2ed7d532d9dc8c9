package org.madang.voting.domain.belenios;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.madang.testsupport.Browser;

/**
 * The booth's JavaScript (src/main/webapp/resources/js/booth/booth.js, read from the source tree)
 * on a tiny page served from 127.0.0.1, driven in headless Chromium. No Liberty is needed: the
 * Java core checks what the browser made. A loopback http origin is a secure context, so WebCrypto
 * works exactly as on the portal's https pages.
 */
final class BoothPage implements AutoCloseable {
    static final Path SCRIPT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
            "src/main/webapp/resources/js/booth/booth.js");
    private static final String HTML = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Booth test</title><script src=\"/resources/js/booth/booth.js\"></script></head>"
            + "<body><main><h1>Booth test</h1></main></body></html>";

    /** A BoothError (or any other failure) thrown by the page, with its code. */
    static final class BoothFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        BoothFailure(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }
    }

    private final Browser browser;
    private final HttpServer server;

    BoothPage(Browser browser) {
        this.browser = browser;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/booth.html", x -> send(x, "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/resources/js/booth/booth.js",
                x -> send(x, "text/javascript; charset=utf-8", Files.readAllBytes(SCRIPT)));
        server.start();
    }

    private static void send(HttpExchange x, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.getResponseHeaders().add("Cache-Control", "no-store");
        x.sendResponseHeaders(200, body.length);
        x.getResponseBody().write(body);
        x.close();
    }

    /** Loads a fresh page, so nothing (tables, cached elections) is left from earlier calls. */
    BoothPage open() {
        browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/booth.html");
        Object ready = browser.driver().executeScript("return typeof MadangBooth === 'object' && window.isSecureContext");
        if (!Boolean.TRUE.equals(ready)) {
            throw new IllegalStateException("booth.js did not load in a secure context");
        }
        return this;
    }

    /**
     * Evaluates an expression over {@code args[0..]} in the page, awaits it and returns its value
     * (strings, numbers, lists and maps as Selenium converts them); a rejection becomes a BoothFailure.
     */
    Object call(String expression, Object... args) {
        Object r = browser.driver().executeAsyncScript(
                "const args = Array.from(arguments); const done = args.pop();"
                        + "Promise.resolve().then(() => " + expression + ")"
                        + ".then(v => done({ok: v === undefined ? null : v}),"
                        + " e => done({code: (e && e.code) || (e && e.name) || 'ERROR', message: String(e && e.message || e)}));",
                args);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) r;
        if (m.containsKey("code")) {
            throw new BoothFailure((String) m.get("code"), (String) m.get("message"));
        }
        return m.get("ok");
    }

    /** MadangBooth.encryptBallot; {@code choices} is written as JSON (0/1 arrays or "blank"). */
    String encrypt(String electionJson, String credential, String choicesJson) {
        return (String) call("MadangBooth.encryptBallot(args[0], args[1], JSON.parse(args[2]))", electionJson, credential,
                choicesJson);
    }

    String tracker(String ballotJson) {
        return (String) call("MadangBooth.tracker(args[0])", ballotJson);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> generateTrusteeKey() {
        return (Map<String, Object>) call("MadangBooth.generateTrusteeKey()");
    }

    String partialDecrypt(String privateKey, String encryptedTallyJson, String electionJson) {
        return (String) call("MadangBooth.partialDecrypt(args[0], args[1], args[2])", privateKey, encryptedTallyJson,
                electionJson);
    }

    /** Milliseconds the page spends on {@code expression}, timed with performance.now() inside the browser. */
    double millis(String expression, Object... args) {
        Object r = call("(async () => { const t = performance.now(); await (" + expression
                + "); return performance.now() - t; })()", args);
        return ((Number) r).doubleValue();
    }

    /** Slows the page's CPU like a mid-range phone (Chromium DevTools' "4x slowdown"); 1 turns it off. */
    void cpuSlowdown(int rate) {
        browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
    }

    /** Choices as JSON for the page: one 0/1 array per question, in Belenios' form (blank first when allowed). */
    static String choicesJson(int[][] plaintext) {
        List<String> rows = Arrays.stream(plaintext).map(Arrays::toString).map(s -> s.replace(" ", "")).toList();
        return "[" + String.join(",", rows) + "]";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
