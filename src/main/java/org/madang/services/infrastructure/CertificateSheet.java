package org.madang.services.infrastructure;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything printed on one document, and nothing else: the renderer draws from this value alone
 * (no fields, no caches of anyone's data), so two documents rendered at the same moment on two
 * threads cannot borrow from each other.
 */
public record CertificateSheet(String issuanceNumber, String language, String titleKo, String titleEn,
                               String holderName, List<Line> lines, String applicationNumber,
                               String issuerKo, String issuerEn, Instant issuedAt, Instant validUntil, ZoneId zone,
                               String verificationUrl) {
    public CertificateSheet {
        lines = List.copyOf(lines);
    }

    /** A label in both languages and its value. */
    public record Line(String labelKo, String labelEn, String value) {
    }

    public boolean english() {
        return "en".equals(language);
    }
}
