package org.madang.services.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.madang.platform.faces.LanguageBean;
import org.madang.platform.web.PageCapture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the public catalogue pages from {@link RenderedPages} to anonymous readers. Only a plain
 * GET from a reader who carries no cookie but the language one is served or stored: anybody
 * signed in, with a session or a flash message, or switching language goes through Faces as
 * usual, and a response that sets a cookie or is not a 200 page is never kept.
 */
@WebFilter(filterName = "servicesRenderedPages", urlPatterns = {"/services/", "/services/index.xhtml",
        "/services/service.xhtml"})
public class RenderedPagesFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String LANGUAGE_COOKIE = "madang_lang";

    @Inject
    RenderedPages pages;
    @Inject
    LanguageBean language;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!pages.isEnabled() || !anonymousPlainGet(req)) {
            chain.doFilter(req, res);
            return;
        }
        String key = language.getCode() + " " + req.getRequestURI() + "?" + req.getQueryString();
        Optional<RenderedPages.Page> hit = pages.publicPages().find(key);
        if (hit.isPresent()) {
            PageCapture.write(res, hit.get().body(), hit.get().contentType());
            return;
        }
        PageCapture.render(req, res, chain).ifPresent(page -> pages.publicPages().keep(key, page.body(), page.contentType()));
    }

    private static boolean anonymousPlainGet(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()) || req.getParameter("lang") != null || req.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (!LANGUAGE_COOKIE.equals(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }
}
