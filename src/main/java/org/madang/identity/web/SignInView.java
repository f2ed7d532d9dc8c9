package org.madang.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.identity.application.SignInOutcome;
import org.madang.platform.faces.Languages;
import org.madang.platform.faces.Messages;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;
import org.madang.platform.security.Roles;

import java.io.IOException;

/**
 * The sign-in form. Every failure gets the same message, whether the e-mail is unknown, the
 * password wrong or the account locked, so the page never tells a stranger who has an account.
 */
@Named("signIn")
@RequestScoped
public class SignInView {
    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;
    @Inject
    SignInOutcome outcome;
    @Inject
    java.time.Clock clock;

    private String email;
    private String password;

    public void signIn() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        HttpServletResponse res = (HttpServletResponse) ec.getResponse();
        Languages.chosen(req).ifPresent(outcome::languageChosenBefore);
        AuthenticationStatus status = security.authenticate(req, res, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.trim(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                freshSession(req);
                rememberPrincipal(req);
                outcome.signedIn().ifPresent(s -> rememberLanguage(res, s.language()));
                ec.getFlash().setKeepMessages(true);
                // in the language the next page will speak, which may be the account's rather than this page's
                Messages.info(outcome.signedIn().map(s -> Languages.locale(s.language())).orElse(Messages.currentLocale()),
                        "account.signIn.welcome");
                ec.redirect(ec.getRequestContextPath() + continuation(req, res, landing()));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> {
                freshSession(req);
                rememberPrincipal(req);
                outcome.signedIn().ifPresent(s -> rememberLanguage(res, s.language()));
                faces.responseComplete();
            }
            default -> {
                password = null;
                outcome.throttledUntil().ifPresentOrElse(
                        until -> Messages.error("account.signIn.throttled",
                                Math.max(1, java.time.Duration.between(clock.instant(), until).toSeconds() + 1)),
                        () -> Messages.error("account.signIn.failed"));
            }
        }
    }

    /**
     * A fresh session id after sign-in defeats session fixation. The sign-in page is stateless (kept
     * for anonymous readers, it opens no session), so there may be no session yet to renew.
     */
    private static void freshSession(HttpServletRequest req) {
        if (req.getSession(false) == null) {
            req.getSession(true);
        } else {
            req.changeSessionId();
        }
    }

    /**
     * Where the visitor was going when a protected page sent them here (Liberty keeps it in the
     * WASReqURL cookie). Only a local path is followed, never another site.
     */
    private static String continuation(HttpServletRequest req, HttpServletResponse res, String landing) {
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if ("WASReqURL".equals(c.getName()) && c.getValue() != null) {
                    Cookie clear = new Cookie("WASReqURL", "");
                    clear.setPath("/");
                    clear.setMaxAge(0);
                    res.addCookie(clear);
                    String path = localPath(c.getValue());
                    if (path != null) {
                        return path;
                    }
                }
            }
        }
        return landing;
    }

    /** Where one starts without a page to go back to: officers at their case queue, everyone else at /my/. */
    private String landing() {
        return outcome.signedIn().map(s -> landingFor(s.roles())).orElse("/my/");
    }

    static String landingFor(java.util.Set<String> roles) {
        return roles.contains(Roles.OFFICER) || roles.contains(Roles.SUPERVISOR) ? "/office/" : "/my/";
    }

    static String localPath(String url) {
        try {
            int scheme = url.indexOf("://");
            String rest = scheme < 0 ? url : url.substring(scheme + 3);
            int slash = scheme < 0 ? 0 : rest.indexOf('/');
            if (slash < 0) {
                return null;
            }
            String path = rest.substring(slash);
            java.net.URI u = new java.net.URI(path);
            if (u.getScheme() != null || u.getRawAuthority() != null || !path.startsWith("/") || path.startsWith("//")
                    || path.contains("\\") || path.startsWith("/login.xhtml")) {
                return null;
            }
            return path;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private void rememberPrincipal(HttpServletRequest req) {
        outcome.signedIn().ifPresent(s -> {
            CurrentUser.remember(req.getSession(), new MadangPrincipal(s.accountId(), s.name(), s.departmentId()));
            SessionMark.put(req.getSession(), s.accountId(), s.sessionEpoch());
        });
    }

    private static void rememberLanguage(HttpServletResponse res, String language) {
        Cookie c = new Cookie(Languages.COOKIE, Languages.supported(language) ? language : Languages.DEFAULT);
        c.setPath("/");
        c.setMaxAge(365 * 24 * 3600);
        c.setHttpOnly(true);
        c.setAttribute("SameSite", "Lax");
        res.addCookie(c);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
