package org.madang.services.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.faces.LanguageBean;
import org.madang.platform.faces.StatelessFormToken;
import org.madang.platform.web.KeptPages;
import org.madang.platform.web.PageCapture;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.services.application.Applying;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The citizen's application-status page: the page citizens reload most, to see whether anything
 * moved. Faces renders it once per state; while neither the application, nor the unread count in
 * the header, nor the language changes, the same bytes are served again to the same person (one-row
 * queries instead of reading the application in full and rendering the template), kept in the
 * platform's {@link KeptPages} under {@link ServicesKeptPages#STATUS_PAGE}.
 *
 * <p>The page is a stateless view, so its two forms carry no view state to bind a POST to this
 * session: a POST that a browser says comes from another site is refused here (the session and
 * sign-in cookies are SameSite=Lax as well). The page holds personal data: never stored by a
 * shared cache or the browser's disk cache.
 */
@WebFilter(filterName = "servicesMyApplicationPage", urlPatterns = "/my/application.xhtml")
public class MyApplicationPageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Only these cookies may come with a GET that is served from the store; a flash cookie, say, may not. */
    private static final Set<String> PLAIN_COOKIES = Set.of("MADANGSESSIONID", "LtpaToken2", "madang_lang");

    @Inject
    KeptPages pages;
    @Inject
    LanguageBean language;
    @Inject
    CurrentUser currentUser;
    @Inject
    Applying applying;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("Cache-Control", "private, no-store");
        if ("POST".equals(req.getMethod()) && !sameOrigin(req)) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!pages.isEnabled() || !plainGet(req) || !currentUser.isSignedIn()
                || !(currentUser.hasRole(Roles.CITIZEN) || currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE))) {
            chain.doFilter(req, res);
            return;
        }
        Optional<String> stamp = applying.myApplicationChangeStamp(req.getParameter("number"));
        if (stamp.isEmpty()) {
            chain.doFilter(req, res); // not the caller's: the page answers 404 as usual
            return;
        }
        // the page holds this session's form token (StatelessFormToken): kept per session, not per account
        String key = "my " + currentUser.accountId() + " " + language.getCode() + " " + req.getQueryString() + " "
                + stamp.get() + " " + StatelessFormToken.token(req.getSession(true));
        Optional<KeptPages.Page> hit = pages.find(key);
        if (hit.isPresent()) {
            PageCapture.write(res, hit.get().body(), hit.get().contentType());
            return;
        }
        long version = pages.version();
        PageCapture.render(req, res, chain).ifPresent(page ->
                pages.keep(key, ServicesKeptPages.STATUS_PAGE, version, page.body(), page.contentType()));
    }

    private static boolean plainGet(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()) || req.getParameter("lang") != null) {
            return false;
        }
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (!PLAIN_COOKIES.contains(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A browser names the page a form was sent from (Origin, else Referer); it must be this site. */
    static boolean sameOrigin(HttpServletRequest req) {
        String from = req.getHeader("Origin");
        if (from == null || from.equals("null")) {
            from = req.getHeader("Referer");
        }
        if (from == null) {
            return true; // not a browser's cross-site form (browsers send Origin on every cross-site POST)
        }
        try {
            URI u = URI.create(from);
            int port = u.getPort() == -1 ? ("https".equals(u.getScheme()) ? 443 : 80) : u.getPort();
            return req.getServerName().equalsIgnoreCase(u.getHost()) && req.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
