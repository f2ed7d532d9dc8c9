package org.madang.disclosure.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.TextStatus;
import org.madang.platform.error.InvalidInput;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an uploaded file for search: the text of a PDF (PDFBox), the header and first rows of a
 * CSV, the start of a JSON or text file. A file that is not what its name says, or cannot be read,
 * is refused with a message; a PDF without a text layer (a scan) is accepted as "not searchable".
 */
final class FileReading {
    /** Enough for search and the personal-data check; the whole file stays downloadable. */
    static final int MAX_TEXT = 200_000;
    static final int CSV_ROWS = 50;
    static final int MAX_PDF_PAGES = 500;

    record Read(FileFormat format, String text, TextStatus status) {
    }

    private FileReading() {
    }

    static Read read(String fileName, byte[] bytes) {
        FileFormat format = FileFormat.ofFileName(fileName)
                .orElseThrow(() -> new InvalidInput("open.file.format").onField("file"));
        if (bytes.length == 0) {
            throw new InvalidInput("open.file.empty").onField("file");
        }
        String text = switch (format) {
            case PDF -> pdfText(bytes);
            case CSV -> csvText(bytes);
            case JSON -> jsonText(bytes);
            case TXT -> decoded(bytes);
        };
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        boolean hasText = text.codePoints().anyMatch(Character::isLetterOrDigit);
        return new Read(format, hasText ? text : "", hasText ? TextStatus.EXTRACTED : TextStatus.NO_TEXT);
    }

    private static String pdfText(byte[] bytes) {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InvalidInput("open.file.unreadable").onField("file");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new InvalidInput("open.file.unreadable").onField("file");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PDF_PAGES));
            return stripper.getText(doc);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput ii) {
                throw ii;
            }
            throw new InvalidInput("open.file.unreadable").onField("file");
        }
    }

    private static String csvText(byte[] bytes) {
        String s = decoded(bytes);
        List<List<String>> rows;
        try {
            rows = Csv.parse(s, CSV_ROWS);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("open.file.unreadable").onField("file");
        }
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            throw new InvalidInput("open.file.csvHeader").onField("file");
        }
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(String.join(" ", r)).append('\n'));
        return b.toString();
    }

    private static String jsonText(byte[] bytes) {
        String s = decoded(bytes);
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            r.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInput("open.file.unreadable").onField("file");
        }
        // keys and values read as words: quotes, braces and commas are no text
        return s.replaceAll("[\\{\\}\\[\\]\",:]", " ").replaceAll("\\s+", " ");
    }

    private static String decoded(byte[] bytes) {
        return Csv.decode(bytes).orElseThrow(() -> new InvalidInput("open.file.encoding").onField("file"));
    }
}
