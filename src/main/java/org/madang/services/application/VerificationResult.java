package org.madang.services.application;

import org.madang.services.domain.DocumentStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may learn about an issuance number, and nothing more: whether the document counts,
 * what kind of document it is, the day it was issued, and whether a file they hold is the one that
 * was issued. It deliberately has no holder, no application number and no content (DOMAIN.md:
 * "checking reveals the document's validity, not the holder's data").
 *
 * @param wellFormed  false when the number typed cannot be an issuance number at all (a typo the
 *                    check digit caught), so the page can say "check the number" rather than "unknown"
 * @param fileMatches null when no file was given; otherwise whether its SHA-256 equals the stored one
 * @param sha256      the stored SHA-256 of the issued PDF (a fingerprint of the file, not of the person)
 */
public record VerificationResult(Verdict verdict, String issuanceNumber, boolean wellFormed, String documentTypeKey,
                                 String titleKo, String titleEn, LocalDate issuedOn, Boolean fileMatches,
                                 String sha256)
        implements Serializable {

    /** The four answers the verification page and API give. */
    public enum Verdict {
        VALID, REVOKED, EXPIRED, UNKNOWN;

        static Verdict of(DocumentStatus s) {
            return switch (s) {
                case VALID -> VALID;
                case REVOKED -> REVOKED;
                case EXPIRED -> EXPIRED;
            };
        }

        public String labelKey() {
            return "verify.verdict." + name();
        }
    }

    static VerificationResult unknown(String number, boolean wellFormed) {
        return new VerificationResult(Verdict.UNKNOWN, number, wellFormed, null, null, null, null, null, null);
    }

    public boolean isKnown() {
        return verdict != Verdict.UNKNOWN;
    }

    /** The fingerprint in four groups of sixteen, so that people can compare it by eye. */
    public List<String> sha256Groups() {
        if (sha256 == null) {
            return List.of();
        }
        return List.of(sha256.substring(0, 16), sha256.substring(16, 32), sha256.substring(32, 48),
                sha256.substring(48));
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleKo;
    }
}
