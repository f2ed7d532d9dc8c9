package org.madang.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which item of the top menu is the page being shown, so the menu can say "you are here"
 * ({@code aria-current="page"}) to screen readers and in its look.
 */
@Named
@RequestScoped
public class Navigation {
    @Inject
    HttpServletRequest request;

    /**
     * {@code "page"} when the current address is {@code path} or lies under it, else null (the
     * attribute is then left out).
     *
     * @param path a portal path such as {@code "/services/"} or {@code "/my/inbox.xhtml"}
     */
    public String current(String path) {
        return isCurrent(pagePath(), path) ? "page" : null;
    }

    static boolean isCurrent(String page, String path) {
        if (page == null || path == null) {
            return false;
        }
        if ("/".equals(path)) {
            return page.equals("/") || page.equals("/index.xhtml");
        }
        if (path.endsWith("/")) {
            // a section: its own pages, but not the pages that have their own item ("/my/" vs "/my/inbox.xhtml")
            return page.equals(path) || page.equals(path + "index.xhtml")
                    || (page.startsWith(path) && !"/my/".equals(path));
        }
        return page.equals(path);
    }

    private String pagePath() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String u = uri instanceof String s ? s : request.getRequestURI();
        return u.substring(Math.min(request.getContextPath().length(), u.length()));
    }
}
