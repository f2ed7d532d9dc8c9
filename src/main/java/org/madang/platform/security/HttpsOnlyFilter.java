package org.madang.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Optional;

/**
 * In production every request over plain HTTP is sent to the same address over HTTPS (308 keeps a
 * POST a POST); nothing is served in clear. {@code MADANG_REQUIRE_HTTPS=false} (the development
 * and test configuration) serves HTTP as is. Liberty's own endpoints (/health) stay reachable over
 * HTTP for the container's health check.
 */
// declared in web.xml, which fixes the order of the portal's edge filters
public class HttpsOnlyFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "MADANG_REQUIRE_HTTPS", defaultValue = "true")
    boolean requireHttps;
    @Inject
    @ConfigProperty(name = "default.https.port", defaultValue = "9443")
    int httpsPort;
    /** when it is an https:// address, the redirect goes there (a proxy or a published port 443) */
    @Inject
    @ConfigProperty(name = "MADANG_PUBLIC_URL")
    Optional<String> publicUrl;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!requireHttps || req.isSecure()) {
            chain.doFilter(req, res);
            return;
        }
        res.setStatus(308);
        res.setHeader("Location", httpsUrl(publicUrl.orElse(""), req.getServerName(), httpsPort, req.getRequestURI(),
                req.getQueryString()));
    }

    static String httpsUrl(String publicUrl, String host, int port, String uri, String query) {
        String origin = publicUrl != null && publicUrl.startsWith("https://")
                ? publicUrl.replaceAll("/+$", "")
                : "https://" + host + (port == 443 ? "" : ":" + port);
        return origin + uri + (query == null ? "" : "?" + query);
    }
}
