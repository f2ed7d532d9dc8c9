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
        Optional<RenderedPages.Page> hit = pages.find(key);
        if (hit.isPresent()) {
            write(res, hit.get().body(), hit.get().contentType());
            return;
        }
        Capture capture = new Capture(res);
        chain.doFilter(req, capture);
        if (capture.passedThrough) {
            return; // an error page or a redirect already went to the client
        }
        byte[] body = capture.body();
        if (capture.status == HttpServletResponse.SC_OK && !capture.setsCookie && capture.getContentType() != null
                && capture.getContentType().startsWith("text/html")) {
            pages.keep(key, body, capture.getContentType());
        }
        write(res, body, capture.getContentType());
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

    private static void write(HttpServletResponse res, byte[] body, String contentType) throws IOException {
        if (contentType != null) {
            res.setContentType(contentType);
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** Buffers the page, and notes what would make it unfit to keep. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        int status = SC_OK;
        boolean setsCookie;
        boolean passedThrough;

        Capture(HttpServletResponse response) {
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
    }
}
