package org.madang.disclosure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.faces.LanguageBean;
import org.madang.platform.web.PageCapture;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves /open/ pages (and the request log's, and the search API's answers) from {@link OpenPages}
 * to anonymous readers, and keeps what Faces or the API renders for them (searching and faceting
 * 100,000 items costs tens of milliseconds; sending kept bytes, well under one).
 */
@WebFilter(filterName = "openPages", urlPatterns = {"/open/", "/open/index.xhtml", "/open/agency.xhtml",
        "/open/publication.xhtml", "/open/requests/", "/open/requests/index.xhtml", "/open/requests/statistics.xhtml",
        "/open/requests/request.xhtml", "/api/open/publications"})
public class OpenPagesFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    OpenPages pages;
    @Inject
    LanguageBean language;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!pages.isEnabled() || !PageCapture.isAnonymousPlainGet(req)) {
            chain.doFilter(req, res);
            return;
        }
        String key = language.getCode() + " " + req.getRequestURI() + "?" + req.getQueryString();
        boolean requestLog = req.getServletPath().startsWith("/open/requests/");
        Optional<PageCapture.Captured> hit = pages.find(requestLog, key);
        if (hit.isPresent()) {
            PageCapture.write(res, hit.get().body(), hit.get().contentType());
            return;
        }
        PageCapture.render(req, res, chain).ifPresent(page -> pages.keep(requestLog, key, page));
    }
}
