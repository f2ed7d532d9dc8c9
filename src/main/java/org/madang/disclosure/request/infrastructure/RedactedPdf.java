package org.madang.disclosure.request.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.madang.platform.error.InvalidInput;

import java.io.IOException;

/**
 * The whole text of a redacted PDF as PDFBox extracts it: through each font's encoding and
 * ToUnicode map, so text that a PDF stores encoded (CID fonts, custom encodings, Korean) is read
 * as a reader's copy-and-paste would read it. Not cut short: every page is checked.
 */
public final class RedactedPdf {
    private RedactedPdf() {
    }

    public static String text(String fileName, byte[] bytes) {
        if (fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") || bytes == null
                || bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InvalidInput("disclosure.request.release.pdfOnly").onField("releaseFile");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new InvalidInput("disclosure.request.release.unreadable").onField("releaseFile");
            }
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new InvalidInput("disclosure.request.release.unreadable").onField("releaseFile");
        }
    }
}
