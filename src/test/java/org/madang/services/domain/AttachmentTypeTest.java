package org.madang.services.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTypeTest {
    @Test
    void recognisesTheThreeTypesByTheirFirstBytes() {
        assertThat(AttachmentType.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentType.PDF);
        assertThat(AttachmentType.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(AttachmentType.JPEG);
        assertThat(AttachmentType.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(AttachmentType.PNG);
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(AttachmentType.sniff("MZ\u0090\u0000 this is an exe".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(AttachmentType.sniff("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentType.sniff(new byte[]{(byte) 0x89, 'P', 'N'})).as("truncated").isEmpty();
        assertThat(AttachmentType.sniff(new byte[0])).isEmpty();
        assertThat(AttachmentType.sniff(null)).isEmpty();
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertThat(Attachment.safeName("C:\\Users\\me\\주민등록.pdf", AttachmentType.PDF)).isEqualTo("주민등록.pdf");
        assertThat(Attachment.safeName("a\r\nb\".png", AttachmentType.PNG)).isEqualTo("ab.png");
        assertThat(Attachment.safeName("..", AttachmentType.JPEG)).isEqualTo("attachment.jpg");
        assertThat(Attachment.safeName(null, AttachmentType.PDF)).isEqualTo("attachment.pdf");
        assertThat(Attachment.safeName("x".repeat(300) + ".pdf", AttachmentType.PDF)).hasSize(200).endsWith(".pdf");
    }
}
