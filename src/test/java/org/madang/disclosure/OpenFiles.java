package org.madang.disclosure;

import org.madang.testsupport.InContainer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.madang.disclosure.application.Upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Files for the disclosure tests: Korean PDFs made with the bundled font, CSVs, a scan without text. */
@InContainer
public final class OpenFiles {
    private OpenFiles() {
    }

    public static Upload pdf(String name, String... lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             InputStream font = OpenFiles.class.getResourceAsStream("/org/madang/services/infrastructure/fonts/NanumGothic.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font, true);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 740;
                for (String line : lines) {
                    cs.beginText();
                    cs.setFont(f, 11);
                    cs.newLineAtOffset(50, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 16;
                }
            }
            doc.save(out);
            return new Upload(name, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Upload scan(String name) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 300, 200, 200);
                cs.fill();
            }
            doc.save(out);
            return new Upload(name, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Upload csv(String name, String text) {
        return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> lines(String... l) {
        return List.of(l);
    }
}
