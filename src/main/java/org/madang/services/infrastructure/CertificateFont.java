package org.madang.services.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Korean font printed on issued documents (NanumGothic, SIL OFL 1.1, see fonts/README.md).
 * Only the file's bytes are kept, read once: a byte array nobody writes to is safe to share, whereas
 * a parsed PDFBox font object is not, so each document parses its own font from these bytes.
 */
final class CertificateFont {
    static final String RESOURCE = "fonts/NanumGothic.ttf";
    private static final byte[] BYTES = load();

    private CertificateFont() {
    }

    static InputStream open() {
        return new java.io.ByteArrayInputStream(BYTES);
    }

    private static byte[] load() {
        try (InputStream in = CertificateFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
