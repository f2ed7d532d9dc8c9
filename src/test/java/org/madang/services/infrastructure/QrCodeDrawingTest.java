package org.madang.services.infrastructure;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeDrawingTest {

    @Test
    void theCodeReadsBackAsTheVerificationLink() throws Exception {
        String url = "https://www.madang.go.kr/verify/?n=4821093755216604";
        BitMatrix m = QrCodeDrawing.encode(url);

        assertThat(decode(m, 4)).isEqualTo(url);
    }

    /** Paints the modules (with the quiet zone the drawing adds) as pixels and reads them with ZXing. */
    private static String decode(BitMatrix m, int scale) throws Exception {
        int q = QrCodeDrawing.QUIET_ZONE;
        int side = (m.getWidth() + 2 * q) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - q;
                int my = y / scale - q;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
