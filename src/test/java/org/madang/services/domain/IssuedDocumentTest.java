package org.madang.services.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuedDocumentTest {
    private static final Instant ISSUED = Instant.parse("2026-11-27T05:05:00Z");
    private static final byte[] PDF = "%PDF-1.7 the issued bytes".getBytes(StandardCharsets.US_ASCII);

    private static IssuedDocument.Issued issue(int days) {
        return IssuedDocument.Draft.of(IssuanceNumber.random(), "20261127-000123-4", 42L, 7L, "RESIDENT_REGISTRATION",
                "주민등록표 등본", "Certificate of Resident Registration", "ko", ISSUED,
                VerificationPeriod.ofDays(days)).complete(PDF);
    }

    @Test
    void isVerifiableForNinetyDaysByDefault() {
        IssuedDocument d = issue(VerificationPeriod.DEFAULT_DAYS).document();

        assertThat(d.getValidUntil()).isEqualTo(ISSUED.plus(Duration.ofDays(90)));
        assertThat(d.statusAt(ISSUED)).isEqualTo(DocumentStatus.VALID);
        assertThat(d.statusAt(d.getValidUntil().minusSeconds(1))).isEqualTo(DocumentStatus.VALID);
    }

    @Test
    void expiresAtTheEndOfItsPeriodExactly() {
        IssuedDocument d = issue(30).document();

        assertThat(d.statusAt(ISSUED.plus(Duration.ofDays(30)))).isEqualTo(DocumentStatus.EXPIRED);
        assertThat(d.statusAt(ISSUED.plus(Duration.ofDays(400)))).isEqualTo(DocumentStatus.EXPIRED);
    }

    @Test
    void revocationWinsOverValidityAndExpiry() {
        IssuedDocument d = issue(30).document();
        d.revoke("  issued on a wrong address  ", "17", ISSUED.plusSeconds(60));

        assertThat(d.statusAt(ISSUED.plusSeconds(61))).isEqualTo(DocumentStatus.REVOKED);
        assertThat(d.statusAt(ISSUED.plus(Duration.ofDays(31)))).isEqualTo(DocumentStatus.REVOKED);
        assertThat(d.getRevocationReason()).isEqualTo("issued on a wrong address");
        assertThat(d.getRevokedBy()).isEqualTo("17");
    }

    @Test
    void aRevocationNeedsAReasonAndHappensOnce() {
        IssuedDocument d = issue(30).document();

        assertThatThrownBy(() -> d.revoke(" ", "17", ISSUED)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("services.certificate.revoke.reasonRequired");
        d.revoke("wrong holder", "17", ISSUED);
        assertThatThrownBy(() -> d.revoke("again", "17", ISSUED)).isInstanceOf(Conflict.class)
                .hasMessageContaining("services.certificate.alreadyRevoked");
    }

    @Test
    void theFingerprintAndTheFileAreTakenFromTheSameBytes() {
        IssuedDocument.Issued issued = issue(90);
        byte[] tampered = PDF.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThat(issued.document().getSha256()).isEqualTo(DocumentHash.sha256(PDF));
        assertThat(issued.document().getSizeBytes()).isEqualTo(PDF.length);
        assertThat(issued.document().isFile(PDF)).isTrue();
        assertThat(issued.document().isFile(tampered)).isFalse();
        assertThat(issued.file().content()).isEqualTo(PDF);
    }

    @Test
    void theFileBelongsToTheSameHolderAsTheDocument() {
        IssuedDocument.Issued issued = issue(90);

        assertThat(issued.file().getHolderAccountId()).isEqualTo(42L);
        assertThat(issued.file().getNumber()).isEqualTo(issued.document().getNumber());
        assertThat(issued.document().isHeldBy(42L)).isTrue();
        assertThat(issued.document().isHeldBy(43L)).isFalse();
        assertThat(issued.document().isIssuedBy(7L)).isTrue();
        assertThat(issued.document().isIssuedBy(8L)).isFalse();
        assertThat(issued.document().isIssuedBy(null)).isFalse();
    }

    @Test
    void theVerificationPeriodMustBeSensible() {
        assertThatThrownBy(() -> VerificationPeriod.ofDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerificationPeriod.ofDays(VerificationPeriod.MAX_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(VerificationPeriod.ofDays(1).endFor(ISSUED)).isEqualTo(ISSUED.plus(Duration.ofDays(1)));
    }

    @Test
    void aDocumentNeedsItsFile() {
        IssuedDocument.Draft draft = IssuedDocument.Draft.of(IssuanceNumber.random(), "A-1", 1L, 1L, "T", "제목",
                "Title", "ko", ISSUED, VerificationPeriod.ofDays(90));

        assertThatThrownBy(() -> draft.complete(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
