package org.madang.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.faces.LanguageBean;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves the public addresses the contexts contributed ({@link KeptPageRules}) from
 * {@link KeptPages} to anonymous readers, and keeps what Faces or the API renders for them.
 *
 * <p>Only a plain GET from a reader who carries no cookie but the language one is served or kept
 * (anybody signed in, with a session or a flash message, or switching language goes through Faces,
 * and gets {@code Cache-Control: private, no-store}); an error, a redirect, or an answer that sets a
 * cookie or opens a session is never kept. A kept answer goes out with its script nonce renewed
 * ({@link PageNonce}), a weak {@code ETag} (the hash of what it shows, and this copy's nonce) and a
 * {@code Last-Modified} (a matching {@code If-None-Match} or {@code If-Modified-Since} gets 304), and
 * {@code Cache-Control: public, max-age=2, stale-while-revalidate=30} with
 * {@code Vary: Accept-Language, Cookie}, so a proxy or the browser may hold it two seconds longer
 * than this store does (thirty more while it revalidates).
 */
// declared in web.xml, after the edge filters (security headers, HTTPS, cross-site requests)
public class KeptPagesFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String PUBLIC = "public, max-age=2, stale-while-revalidate=30";
    static final String PRIVATE = "private, no-store";
    static final String VARY = "Accept-Language, Cookie";

    @Inject
    KeptPages pages;
    @Inject
    LanguageBean language;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String address = req.getRequestURI().substring(req.getContextPath().length());
        Optional<KeptPageRule> rule = pages.isEnabled() ? pages.ruleFor(address) : Optional.empty();
        if (rule.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        if (!PageCapture.isAnonymousPlainGet(req)) {
            // a signed-in person's copy of a public page is theirs alone (their name, their forms)
            res.setHeader("Cache-Control", PRIVATE);
            chain.doFilter(req, res);
            return;
        }
        String lang = language.getCode();
        String key = lang + " " + address + "?" + req.getQueryString();
        Optional<KeptPages.Page> hit = pages.find(key);
        if (hit.isPresent()) {
            answer(req, res, hit.get(), lang);
            return;
        }
        Optional<KeptPages.Rendering> first = pages.renderingOf(key);
        if (first.isPresent()) {
            // another reader's request is rendering this page: wait for it rather than render it again
            Optional<KeptPages.Page> awaited = first.get().await();
            if (awaited.isPresent()) {
                answer(req, res, awaited.get(), lang);
                return;
            }
        }
        KeptPages.Rendering mine = pages.startRendering(key);
        KeptPages.Page kept = null;
        try {
            long version = pages.version();
            Optional<PageCapture.Rendered> rendered = PageCapture.capture(req, res, chain);
            if (rendered.isEmpty()) {
                return; // an error page or a redirect went out as it was
            }
            PageCapture.Rendered r = rendered.get();
            if (r.keepable()) {
                kept = pages.keep(key, rule.get(), version, r.body(), r.contentType());
                validators(res, kept);
                res.setHeader("ETag", KeptPages.tag(kept.etag(), nonce(res)));
            }
            PageCapture.send(res, r.body(), r.contentType());
        } finally {
            pages.endRendering(key, mine, kept);
        }
    }

    /** A kept answer: 304 when the client's copy is current, else the bytes with a fresh nonce. */
    private static void answer(HttpServletRequest req, HttpServletResponse res, KeptPages.Page page, String lang)
            throws IOException {
        res.setLocale(Locale.forLanguageTag(lang)); // Content-Language, as LanguageFilter sets it
        validators(res, page);
        String tags = req.getHeader("If-None-Match");
        Optional<KeptPages.Match> match = KeptPages.match(tags, page.etag());
        if (match.isPresent() || (tags == null && unchangedSince(req, page))) {
            notModified(res, page, match.map(KeptPages.Match::nonce).orElse(null));
            return;
        }
        PageNonce.Page renewed = PageNonce.renew(page.body(), page.nonce(), res.getHeader(PageNonce.POLICY_HEADER));
        if (renewed.policy() != null) {
            res.setHeader(PageNonce.POLICY_HEADER, renewed.policy());
        }
        res.setHeader("ETag", KeptPages.tag(page.etag(), nonce(res)));
        PageCapture.send(res, renewed.body(), page.contentType());
    }

    private static String nonce(HttpServletResponse res) {
        return PageNonce.of(res.getHeader(PageNonce.POLICY_HEADER)).orElse(null);
    }

    private static void validators(HttpServletResponse res, KeptPages.Page page) {
        res.setHeader("Cache-Control", PUBLIC);
        res.setHeader("Vary", VARY);
        res.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
    }

    /**
     * 304 with the policy that goes with the copy the client holds: a browser replaces its stored
     * headers with these, so the policy must allow the scripts of that copy's nonce (named in the tag
     * it sent). Without one (If-Modified-Since alone), the policy without a nonce: the copy's scripts
     * stop rather than any script being allowed.
     */
    private static void notModified(HttpServletResponse res, KeptPages.Page page, String nonce) {
        res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        boolean html = page.isHtml();
        String policy = res.getHeader(PageNonce.POLICY_HEADER);
        if (html && nonce != null && policy != null) {
            res.setHeader(PageNonce.POLICY_HEADER, PageNonce.withNonce(policy, nonce));
        }
        res.setHeader("ETag", KeptPages.tag(page.etag(), html ? nonce : null));
    }

    /** If-Modified-Since counts only without If-None-Match (RFC 9110, 13.2.2). */
    static boolean unchangedSince(HttpServletRequest req, KeptPages.Page page) {
        try {
            long since = req.getDateHeader("If-Modified-Since");
            return since >= 0 && page.lastModified().toEpochMilli() <= since;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
