package org.madang.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.madang.platform.error.InvalidInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Renders an issued document as an A4 PDF with Korean text: the title, the holder, the content,
 * the dates and the issuer, and a QR code to the public verification page.
 *
 * <p>Thread-safety is the point of its shape: this bean has no fields. Every call builds its own
 * {@link PDDocument}, its own parsed font and its own output buffer from the one
 * {@link CertificateSheet} it is given, so fifty documents rendered at once cannot mix.
 */
@ApplicationScoped
public class PdfCertificateRenderer {
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 150;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public byte[] render(CertificateSheet sheet) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // subset: only the glyphs this document uses are embedded (tens of KB, not 4.7 MB)
            PDType0Font font = PDType0Font.load(doc, CertificateFont.open(), true);
            requirePrintable(font, sheet);
            describe(doc, sheet);
            new Layout(doc, font, sheet).draw();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render document " + sheet.issuanceNumber(), e);
        }
    }

    /**
     * A character the font cannot draw must not vanish from the name, title or issuer of an official
     * document: refuse instead. The content lines come from what applicants typed (an emoji in a free
     * text field, say), so there an undrawable character is shown as a visible box instead of
     * blocking the document forever.
     */
    private static void requirePrintable(PDType0Font font, CertificateSheet sheet) throws IOException {
        String exact = sheet.holderName() + sheet.titleKo() + sheet.titleEn() + sheet.issuerKo() + sheet.issuerEn()
                + sheet.applicationNumber();
        for (int cp : exact.codePoints().toArray()) {
            if (!drawable(font, cp)) {
                throw new InvalidInput("services.certificate.unprintable", new String(Character.toChars(cp)));
            }
        }
    }

    static boolean drawable(PDType0Font font, int cp) throws IOException {
        return Character.isWhitespace(cp) || font.getCmapLookup().getGlyphId(cp) != 0;
    }

    /** The text with every character the font cannot draw replaced by a white square (U+25A1). */
    static String drawableText(PDType0Font font, String text) throws IOException {
        StringBuilder b = new StringBuilder(text.length());
        for (int cp : text.codePoints().toArray()) {
            b.appendCodePoint(drawable(font, cp) ? cp : '\u25A1');
        }
        return b.toString();
    }

    private static void describe(PDDocument doc, CertificateSheet sheet) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(sheet.english() ? sheet.titleEn() : sheet.titleKo());
        // the number, not the holder: metadata travels further than the page and is never shown
        info.setSubject(sheet.issuanceNumber());
        info.setCreator("Madang");
        info.setProducer("Madang (Apache PDFBox)");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone(sheet.zone()));
        issued.setTimeInMillis(sheet.issuedAt().toEpochMilli());
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        info.setCustomMetadataValue("IssuanceNumber", sheet.issuanceNumber());
    }

    /** One document's drawing state: lives for one render call only. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final CertificateSheet sheet;
        private final float width = PDRectangle.A4.getWidth();
        private final float height = PDRectangle.A4.getHeight();
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument doc, PDType0Font font, CertificateSheet sheet) {
            this.doc = doc;
            this.font = font;
            this.sheet = sheet;
        }

        void draw() throws IOException {
            newPage();
            centred(sheet.english() ? sheet.titleEn() : sheet.titleKo(), 22, true);
            y -= 6;
            centred(sheet.english() ? sheet.titleKo() : sheet.titleEn(), 12, false);
            y -= 24;
            rule();
            row("성명", "Name", sheet.holderName());
            for (CertificateSheet.Line l : sheet.lines()) {
                row(drawableText(font, l.labelKo()), drawableText(font, l.labelEn()), drawableText(font, l.value()));
            }
            row("접수번호", "Application number", sheet.applicationNumber());
            row("발급기관", "Issued by", sheet.english() ? sheet.issuerEn() : sheet.issuerKo());
            row("발급일시", "Issued at", WHEN.format(sheet.issuedAt().atZone(sheet.zone())) + " (" + sheet.zone() + ")");
            row("검증 기한", "Verifiable until", WHEN.format(sheet.validUntil().atZone(sheet.zone())));
            y -= 18;
            centred(sheet.english() ? "This document is issued as stated above." : "위와 같이 발급합니다.", 13, false);
            y -= 6;
            centred(sheet.english() ? "위와 같이 발급합니다." : "This document is issued as stated above.", 9, false);
            footer();
            page.close();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = height - MARGIN;
            text("발급번호 Issuance No. " + sheet.issuanceNumber(), MARGIN, y, 10, false);
            String portal = "마당 전자민원 · Madang e-Government Portal";
            text(portal, width - MARGIN - font.getStringWidth(portal) / 1000 * 9, y, 9, false);
            y -= 40;
        }

        /** Label (both languages) on the left, the value wrapped on the right. */
        private void row(String labelKo, String labelEn, String value) throws IOException {
            List<String> lines = Wrapping.wrap(font, value == null ? "" : value, 11,
                    width - 2 * MARGIN - LABEL_WIDTH);
            float needed = Math.max(2, lines.size()) * 15 + 10;
            if (y - needed < MARGIN + 170) {
                newPage();
            }
            float top = y;
            text(sheet.english() ? labelEn : labelKo, MARGIN, top, 11, true);
            text(sheet.english() ? labelKo : labelEn, MARGIN, top - 13, 8, false);
            float vy = top;
            for (String line : lines) {
                text(line, MARGIN + LABEL_WIDTH, vy, 11, false);
                vy -= 15;
            }
            y = Math.min(top - 32, vy - 6);
            rule();
        }

        private void footer() throws IOException {
            if (y < MARGIN + 150) {
                newPage();
            }
            float qr = 96;
            QrCodeDrawing.draw(page, sheet.verificationUrl(), MARGIN, MARGIN, qr);
            float tx = MARGIN + qr + 14;
            float ty = MARGIN + qr - 14;
            float room = width - MARGIN - tx;
            for (String s : List.of("이 문서의 진위는 발급번호로 확인할 수 있습니다 (QR 코드 또는 아래 주소).",
                    "Anyone can check this document with its issuance number (QR code or the address below).",
                    sheet.verificationUrl(),
                    "파일의 SHA-256 지문은 검증 페이지에 있습니다: 지문은 완성된 파일에서 계산되므로 파일 안에 인쇄할 수 없습니다.",
                    "The file's SHA-256 fingerprint is on the verification page: it is computed from the finished file,"
                            + " so it cannot be printed inside it.")) {
                for (String line : Wrapping.wrap(font, s, 8, room)) {
                    text(line, tx, ty, 8, false);
                    ty -= 11;
                }
                ty -= 2;
            }
        }

        private void centred(String s, float size, boolean bold) throws IOException {
            for (String line : Wrapping.wrap(font, s, size, width - 2 * MARGIN)) {
                float w = font.getStringWidth(line) / 1000 * size;
                text(line, (width - w) / 2, y, size, bold);
                y -= size * 1.35f;
            }
        }

        private void rule() throws IOException {
            page.setStrokingColor(0.75f, 0.75f, 0.75f);
            page.setLineWidth(0.5f);
            page.moveTo(MARGIN, y + 6);
            page.lineTo(width - MARGIN, y + 6);
            page.stroke();
            y -= 8;
        }

        private void text(String s, float x, float baseline, float size, boolean bold) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.setNonStrokingColor(0f, 0f, 0f);
            if (bold) {
                // one Regular face is embedded; a thin outline stroke gives the bold weight
                page.setRenderingMode(RenderingMode.FILL_STROKE);
                page.setStrokingColor(0f, 0f, 0f);
                page.setLineWidth(size / 30);
            } else {
                page.setRenderingMode(RenderingMode.FILL);
            }
            page.newLineAtOffset(x, baseline - size);
            page.showText(s);
            page.endText();
        }
    }
}
