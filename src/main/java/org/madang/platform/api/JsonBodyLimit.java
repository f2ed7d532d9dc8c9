package org.madang.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON bodies of the API are small (a filing's answers); one larger than {@link #MAX_BYTES} is
 * refused with 413 before it is read: at once when it says its length, and as soon as the limit is
 * passed when it is sent in chunks. Files (PDFs, ballot archives) have their own limits where they
 * are read; Liberty's {@code messageSizeLimit} caps every request.
 */
@Provider
public class JsonBodyLimit implements ContainerRequestFilter {
    public static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext ctx) {
        MediaType type = ctx.getMediaType();
        if (type == null || !type.getSubtype().toLowerCase().endsWith("json")) {
            return;
        }
        if (ctx.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        ctx.setEntityStream(new Bounded(ctx.getEntityStream()));
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
