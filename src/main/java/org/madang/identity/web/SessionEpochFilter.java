package org.madang.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.madang.identity.application.SessionValidity;

import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;

/**
 * Ends a signed-in browser session whose sign-in is no longer good: the password was changed since
 * (in another session, which carries on), or the account was disabled or closed. A request that
 * the container authenticated without a session that was signed in through the sign-in page (a
 * sign-in cookie replayed after its session ended) is ended the same way. Pages go to the sign-in
 * page, the API answers 401. Static resources are not checked.
 */
@WebFilter(urlPatterns = "/*", filterName = "sessionEpoch")
public class SessionEpochFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionEpochFilter.class.getName());

    @Inject
    SessionValidity validity;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Principal p = req.getUserPrincipal();
        if (p == null || isStatic(req) || current(p, req.getSession(false))) {
            chain.doFilter(req, res);
            return;
        }
        LOG.info(() -> "signed-in session ended: sign-in no longer current (account " + p.getName() + ")");
        req.logout();
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // the sign-in cookie too, so the next request is plainly anonymous
        Cookie ltpa = new Cookie("LtpaToken2", "");
        ltpa.setPath("/");
        ltpa.setMaxAge(0);
        res.addCookie(ltpa);
        if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
            res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (req.getRequestURI().startsWith(req.getContextPath() + "/login.xhtml")) {
            chain.doFilter(req, res); // never a redirect loop on the sign-in page itself
        } else {
            res.sendRedirect(req.getContextPath() + "/login.xhtml?ended=true");
        }
    }

    private boolean current(Principal p, HttpSession session) {
        SessionMark mark = SessionMark.of(session);
        return mark != null && String.valueOf(mark.accountId()).equals(p.getName())
                && validity.isCurrent(mark.accountId(), mark.sessionEpoch());
    }

    private static boolean isStatic(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return uri.contains("/jakarta.faces.resource/") || uri.matches(".*\\.(css|js|png|svg|ico|woff2?|jpg|map)$");
    }
}
