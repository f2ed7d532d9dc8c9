package org.madang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Buffers a rendered page (or a JSON answer) for a page store (the catalogue's, the status pages',
 * published information's and its search API's), and notes what would make it unfit to keep.
 */
public final class PageCapture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    int status = SC_OK;
    boolean setsCookie;
    boolean passedThrough;

    /** A rendered page: its bytes and content type. */
    public record Captured(byte[] body, String contentType) {
    }

    private PageCapture(HttpServletResponse response) {
        super(response);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking capture");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(cs)));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held until the page is complete
    }

    @Override
    public void setContentLength(int len) {
        // the filter sets it from the captured bytes
    }

    @Override
    public void setContentLengthLong(long len) {
        // the filter sets it from the captured bytes
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    /** A complete 200 HTML page (or JSON answer) that sets no cookie: the same bytes may be served again. */
    boolean isKeepable() {
        String type = getContentType();
        return status == SC_OK && !setsCookie && type != null
                && (type.startsWith("text/html") || type.startsWith("application/json"));
    }

    /**
     * Lets the rest of the chain render the page into a buffer, sends it, and gives it back if it
     * may be kept (empty for an error page, a redirect or a page that sets a cookie).
     */
    public static Optional<Captured> render(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Optional<Rendered> r = capture(req, res, chain);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        write(res, r.get().body(), r.get().contentType());
        return r.get().keepable() ? Optional.of(new Captured(r.get().body(), r.get().contentType())) : Optional.empty();
    }

    /** A page rendered into a buffer, not yet sent, and whether the same bytes may be served again. */
    public record Rendered(byte[] body, String contentType, boolean keepable) {
    }

    /**
     * Lets the rest of the chain render the page into a buffer without sending it (the caller adds
     * its headers, then {@link #write}s it); empty when an error page or a redirect already went to
     * the client. Never keepable: a status other than 200, a cookie set (also a session the
     * container opened, whose cookie it writes itself), a type other than HTML or JSON.
     */
    public static Optional<Rendered> capture(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        PageCapture capture = new PageCapture(res);
        chain.doFilter(req, capture);
        if (capture.passedThrough) {
            return Optional.empty();
        }
        HttpSession session = req.getSession(false);
        boolean opensSession = session != null && session.isNew();
        return Optional.of(new Rendered(capture.body(), capture.getContentType(), capture.isKeepable() && !opensSession));
    }

    /**
     * A plain GET from a reader who carries no cookie but the language one: the only request a
     * shared public page may be served to from a store (anybody signed in, with a session or a
     * flash message, or switching language goes through Faces).
     */
    public static boolean isAnonymousPlainGet(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()) || req.getParameter("lang") != null || req.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (!"madang_lang".equals(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Sends a kept page. Its script nonce is replaced by a fresh one, in the body and in the
     * response's policy (SecurityHeadersFilter's, which gets the nonce appended), see PageNonce.
     */
    public static void write(HttpServletResponse res, byte[] body, String contentType) throws IOException {
        send(res, renewNonce(res, body, contentType), contentType);
    }

    /**
     * A kept page's body with a fresh script nonce, which is also set on the response's policy (see
     * PageNonce); a JSON answer, or a page without nonced scripts, as it is.
     */
    public static byte[] renewNonce(HttpServletResponse res, byte[] body, String contentType) {
        if (contentType == null || contentType.startsWith("text/html")) { // a JSON answer has no script
            PageNonce.Page renewed = PageNonce.renewInBody(body, res.getHeader(PageNonce.POLICY_HEADER));
            if (renewed.policy() != null) {
                res.setHeader(PageNonce.POLICY_HEADER, renewed.policy());
            }
            return renewed.body();
        }
        return body;
    }

    /** Sends these bytes as they are. */
    public static void send(HttpServletResponse res, byte[] body, String contentType) throws IOException {
        if (contentType != null) {
            res.setContentType(contentType);
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
