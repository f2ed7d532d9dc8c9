package org.madang.platform.faces;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.security.CurrentUser;

import java.io.IOException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Decides the language of every request: the {@code madang_lang} cookie, else the browser's
 * Accept-Language, else Korean. A plain link {@code ?lang=en} switches it (no form, no JavaScript,
 * works on every page): the cookie is set for a visitor, the preference is stored for an account,
 * and the browser is redirected to the same address without the parameter.
 */
@WebFilter(urlPatterns = "/*", filterName = "language")
public class LanguageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    public static final String ATTRIBUTE = "madang.language";

    @Inject
    Event<LanguageChosen> chosen;
    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String requested = req.getParameter("lang");
        if ("GET".equals(req.getMethod()) && Languages.supported(requested)) {
            Cookie c = new Cookie(Languages.COOKIE, requested);
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setHttpOnly(true);
            c.setAttribute("SameSite", "Lax");
            res.addCookie(c);
            currentUser.findAccountId().ifPresent(id -> chosen.fire(new LanguageChosen(id, requested)));
            res.sendRedirect(res.encodeRedirectURL(withoutLang(req)));
            return;
        }
        req.setAttribute(ATTRIBUTE, resolve(req));
        chain.doFilter(req, res);
    }

    static String resolve(HttpServletRequest req) {
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (Languages.COOKIE.equals(c.getName()) && Languages.supported(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        if (req.getHeader("Accept-Language") == null) {
            return Languages.DEFAULT;
        }
        Enumeration<Locale> accepted = req.getLocales();
        while (accepted.hasMoreElements()) {
            String l = accepted.nextElement().getLanguage();
            if (Languages.supported(l)) {
                return l;
            }
        }
        return Languages.DEFAULT;
    }

    private static String withoutLang(HttpServletRequest req) {
        String query = req.getQueryString() == null ? "" : Arrays.stream(req.getQueryString().split("&"))
                .filter(p -> !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return req.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }
}
