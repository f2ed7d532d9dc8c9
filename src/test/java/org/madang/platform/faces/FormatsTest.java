package org.madang.platform.faces;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Sizes and kinds of files in words, never "application/pdf, 392 B". */
class FormatsTest {
    @ParameterizedTest
    @CsvSource({
            "392,     ko, 392바이트",
            "392,     en, 392 bytes",
            "49152,   en, 48 KB",
            "1258291, en, 1.2 MB",
            "1258291, ko, 1.2MB",
    })
    void sizesAreReadable(long bytes, String lang, String expected) {
        assertThat(Formats.fileSize(bytes, Locale.forLanguageTag(lang))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"application/pdf, format.file.pdf", "IMAGE/JPEG, format.file.jpeg", "image/png, format.file.png",
            "text/x-unknown, format.file.other"})
    void mediaTypesBecomeKindsOfFile(String mediaType, String key) {
        assertThat(Formats.fileKindKey(mediaType)).isEqualTo(key);
    }
}
