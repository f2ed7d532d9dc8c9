package org.madang.services.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentHashTest {
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
    // FIPS 180-2, appendix B.1
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void isTheStandardSha256InLowerCaseHex() {
        assertThat(DocumentHash.sha256(ABC)).isEqualTo(ABC_SHA256);
    }

    @Test
    void matchesTheSameBytesWhateverTheCaseOfTheHex() {
        assertThat(DocumentHash.matches(ABC, ABC_SHA256)).isTrue();
        assertThat(DocumentHash.matches(ABC, " " + ABC_SHA256.toUpperCase() + " ")).isTrue();
    }

    @Test
    void oneChangedByteNoLongerMatches() {
        byte[] tampered = ABC.clone();
        tampered[2] ^= 1;

        assertThat(DocumentHash.matches(tampered, ABC_SHA256)).isFalse();
    }

    @Test
    void nothingMatchesGarbageOrNothing() {
        assertThat(DocumentHash.matches(ABC, "not hex")).isFalse();
        assertThat(DocumentHash.matches(ABC, "abcd")).isFalse();
        assertThat(DocumentHash.matches(null, ABC_SHA256)).isFalse();
        assertThat(DocumentHash.matches(ABC, null)).isFalse();
    }
}
