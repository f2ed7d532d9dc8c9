package org.madang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The headers every response of the portal carries: a Content-Security-Policy, nosniff, a
 * referrer and a permissions policy, HSTS when the request came over TLS, and
 * {@code Cache-Control: private, no-store} on what a signed-in person is sent (public pages kept for
 * anonymous readers get their public caching headers from {@link KeptPagesFilter}).
 *
 * <p>There is one policy, written once as web.xml's {@code primefaces.CSP_POLICY}. Faces pages get
 * it from PrimeFaces, which appends the page's script nonce to its last directive
 * ({@code script-src 'self'}); every other response (API, downloads, resources, error pages not
 * rendered by Faces) gets the same policy without a nonce, set here. PrimeFaces <em>adds</em> its
 * header, and two policies would both be enforced (the one without the nonce would block every
 * inline script), so the response is wrapped to make PrimeFaces' header replace ours.
 */
// declared in web.xml, which fixes the order of the portal's edge filters
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private String policy;

    @Override
    public void init() {
        String p = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (p == null || !p.trim().endsWith("script-src 'self'")) {
            // PrimeFaces appends the nonce to the policy's last directive: it must be script-src
            throw new IllegalStateException(POLICY_PARAMETER + " must be set in web.xml and end with script-src 'self'");
        }
        policy = p.trim() + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        apply(req, res, policy);
        if (req.getRemoteUser() != null && !isStaticResource(req)) {
            // what a signed-in person sees is theirs alone: no shared cache, no copy on the browser's disk
            // (a page or download that sets its own Cache-Control replaces this)
            res.setHeader(CACHE_CONTROL, "private, no-store");
        }
        chain.doFilter(req, new PolicyReplacing(res));
    }

    static void apply(HttpServletRequest req, HttpServletResponse res, String policy) {
        res.setHeader(CSP, policy);
        res.setHeader("X-Content-Type-Options", "nosniff");
        // for browsers that predate frame-ancestors
        res.setHeader("X-Frame-Options", "DENY");
        // no address of the portal (receipt numbers, ids) leaves for another site; a same-origin
        // POST still carries its Origin, which CrossSiteRequestFilter checks
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("Permissions-Policy", PERMISSIONS);
        if (req.isSecure()) {
            res.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** Style sheets, scripts and images: the same for everybody, cached as the container says. */
    static boolean isStaticResource(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }

    /**
     * Makes an added Content-Security-Policy (PrimeFaces' one with the nonce) replace the default, and
     * an added Cache-Control (an API answer's own) replace the signed-in default.
     */
    static final class PolicyReplacing extends HttpServletResponseWrapper {
        PolicyReplacing(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name) || CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
