package org.madang.platform.web;

import org.madang.platform.error.Failures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An error page is a page of its own, not a postback of the form whose request failed: on the
 * error dispatch the failed form's view state and script nonce are hidden from Faces. Otherwise
 * Faces restores nothing but still sees a postback, and PrimeFaces checks the failed form's nonce
 * again against the error page (a missing or forged nonce then broke the error page itself, so a
 * refused postback went out as an empty or truncated answer). The error page gets a fresh nonce.
 * A failure that reached the container because the database was out of reach (in a filter, before
 * Faces) is answered as what it is: 503 with Retry-After, and the "briefly unavailable" words.
 */
// declared in web.xml for the ERROR dispatch only
public class ErrorPageRequest extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Request attribute the error page reads to speak of a passing outage instead of an incident. */
    static final String UNAVAILABLE = "madang.unavailable";
    static final Set<String> HIDDEN = Set.of("jakarta.faces.ViewState", "primefaces.nonce");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Object failure = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t && Failures.databaseUnavailable(t) && !res.isCommitted()) {
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            res.setHeader("Retry-After", String.valueOf(Failures.RETRY_AFTER_SECONDS));
            req.setAttribute(UNAVAILABLE, Boolean.TRUE);
        }
        chain.doFilter(new WithoutPostback(req), res);
    }

    static final class WithoutPostback extends HttpServletRequestWrapper {
        WithoutPostback(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return HIDDEN.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return HIDDEN.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            m.keySet().removeAll(HIDDEN);
            return Collections.unmodifiableMap(m);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
