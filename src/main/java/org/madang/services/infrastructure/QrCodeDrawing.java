package org.madang.services.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Map;

/**
 * Draws a QR code as vector squares straight into the page: sharp at any zoom or print size, a few
 * hundred bytes, and no image library (no AWT) on the server.
 */
final class QrCodeDrawing {
    /** Quiet zone around the code, in modules, as the QR standard asks for reliable scanning. */
    static final int QUIET_ZONE = 4;

    private QrCodeDrawing() {
    }

    static BitMatrix encode(String text) {
        try {
            // size 0: ZXing returns one bit per module, the drawing scales it
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
    }

    /** Draws {@code text} as a QR code whose lower-left corner (quiet zone included) is at x, y. */
    static void draw(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        BitMatrix m = encode(text);
        int modules = m.getWidth() + 2 * QUIET_ZONE;
        float unit = size / modules;
        page.setNonStrokingColor(1f, 1f, 1f);
        page.addRect(x, y, size, size);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                // one rectangle per run of dark modules keeps the page small
                page.addRect(x + (QUIET_ZONE + start) * unit, y + size - (QUIET_ZONE + row + 1) * unit,
                        (col - start) * unit, unit);
            }
        }
        page.fill();
    }
}
