package org.madang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses state-changing requests that another site may have made in the person's name.
 *
 * <p>A POST (PUT, PATCH, DELETE) is accepted when its {@code Origin} is this portal, or, when a
 * browser sent no usable Origin (missing, or {@code null} from a sandboxed frame or a
 * {@code data:} page), when {@code Sec-Fetch-Site} says {@code same-origin}. Everything else is a
 * 403. Requests that authenticate with an {@code Authorization} header (API tokens) carry no
 * ambient credential a foreign page could borrow, and neither do API calls without cookies (the
 * public ballot and document verifiers): those pass. Faces forms always pass through the check.
 *
 * <p>Stateless Faces pages have no view state to tie a form to a session; {@code StatelessFormToken}
 * adds a per-session token to their forms.
 */
// declared in web.xml, which fixes the order of the portal's edge filters
public class CrossSiteRequestFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        // the path inside the portal (for /api/* the servlet path is only "/api")
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (allowed(req.getMethod(), path, req.getHeader("Origin"), req.getHeader("Sec-Fetch-Site"),
                host(req), req.getHeader("Authorization") != null, req.getHeader("Cookie") != null)) {
            chain.doFilter(req, res);
            return;
        }
        // no header values in the log: they are the caller's text
        LOG.warning(() -> "cross-site " + req.getMethod() + " refused on "
                + (path.length() > 80 ? path.substring(0, 80) + "..." : path));
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The Host header; over HTTP/2 (no Host, an :authority instead) the name and port the request was sent to. */
    static String host(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host != null && !host.isBlank()) {
            return host;
        }
        int port = req.getServerPort();
        boolean standard = port == 80 && "http".equals(req.getScheme()) || port == 443 && "https".equals(req.getScheme());
        return req.getServerName() + (standard ? "" : ":" + port);
    }

    static boolean allowed(String method, String path, String origin, String fetchSite, String host,
                           boolean authorizationHeader, boolean cookies) {
        if (SAFE.contains(method.toUpperCase())) {
            return true;
        }
        boolean api = path != null && path.startsWith("/api/");
        if (api && (authorizationHeader || !cookies)) {
            return true;
        }
        if (origin != null && !origin.isBlank() && !"null".equals(origin.trim())) {
            return sameAuthority(origin.trim(), host);
        }
        return "same-origin".equals(fetchSite);
    }

    private static boolean sameAuthority(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
