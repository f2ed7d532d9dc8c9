package org.madang.platform.faces;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.i18n.LanguageChosen;
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
// ERROR too: a ?lang= link on a 403/404 page is refused before any REQUEST filter runs
@WebFilter(urlPatterns = "/*", filterName = "language",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
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
        if ("GET".equals(req.getMethod()) && Languages.supported(requested) && !res.isCommitted()) {
            Cookie c = new Cookie(Languages.COOKIE, requested);
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setHttpOnly(true);
            c.setAttribute("SameSite", "Lax");
            c.setSecure(req.isSecure());
            res.resetBuffer();
            res.addCookie(c);
            currentUser.findAccountId().ifPresent(id -> chosen.fire(new LanguageChosen(id, requested)));
            res.sendRedirect(res.encodeRedirectURL(withoutLang(req)));
            return;
        }
        String language = resolve(req);
        req.setAttribute(ATTRIBUTE, language);
        // Content-Language says what <html lang> says (the container's default would be English)
        res.setLocale(Locale.forLanguageTag(language));
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

    /** The address the person asked for, also when an error page is being shown in its place. */
    static String originalUri(HttpServletRequest req) {
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        return uri instanceof String s ? s : req.getRequestURI();
    }

    static String originalQuery(HttpServletRequest req) {
        if (req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return req.getQueryString(); // an error dispatch keeps the original query string
        }
        Object q = req.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return q instanceof String s ? s : req.getQueryString();
    }

    private static String withoutLang(HttpServletRequest req) {
        String original = originalQuery(req);
        String query = original == null ? "" : Arrays.stream(original.split("&"))
                .filter(p -> !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return originalUri(req) + (query.isEmpty() ? "" : "?" + query);
    }
}
