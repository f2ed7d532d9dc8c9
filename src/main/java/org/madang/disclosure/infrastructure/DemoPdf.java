package org.madang.disclosure.infrastructure;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo documents as real PDFs with a Korean text layer, so that extraction and search are
 * exercised as with an agency's file. The font is the NanumGothic the portal already bundles for
 * issued certificates (SIL OFL 1.1; services/infrastructure/fonts). One instance, one thread: the
 * parsed font is reused from document to document (each embeds its own subset).
 */
final class DemoPdf implements AutoCloseable {
    static final String FONT = "/org/madang/services/infrastructure/fonts/NanumGothic.ttf";
    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 16;
    private static final int CHARS_PER_LINE = 42;
    private final TrueTypeFont ttf;

    DemoPdf() {
        try (InputStream in = DemoPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " is missing from the application");
            }
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one- or two-page document: a title, then paragraphs wrapped to the page. */
    byte[] document(String title, List<String> paragraphs) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            List<String> lines = new ArrayList<>();
            for (String p : paragraphs) {
                lines.addAll(wrap(p));
                lines.add("");
            }
            int i = 0;
            boolean first = true;
            while (first || i < lines.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float y = page.getMediaBox().getHeight() - MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (first) {
                        y = line(cs, font, 15, title, y) - 10;
                        first = false;
                    }
                    while (i < lines.size() && y > MARGIN) {
                        y = line(cs, font, SIZE, lines.get(i++), y);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with no text layer at all (as a scan would be): "text not searchable". */
    static byte[] withoutText() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(MARGIN, 400, 300, 200);
                cs.stroke();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float line(PDPageContentStream cs, PDType0Font font, float size, String text, float y)
            throws IOException {
        if (!text.isEmpty()) {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(MARGIN, y);
            cs.showText(text);
            cs.endText();
        }
        return y - (size > SIZE ? 24 : LEADING);
    }

    private static List<String> wrap(String p) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : p.split(" ")) {
            if (line.length() + word.length() + 1 > CHARS_PER_LINE && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        ttf.close();
    }
}
