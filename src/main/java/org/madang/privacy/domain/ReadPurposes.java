package org.madang.privacy.domain;

import java.util.List;

/**
 * What a purpose key says about a read. A read made while handling an application the citizen filed
 * themself (the case, its attachments, the documents issued for it) uses a key under one of
 * {@link #OWN_APPLICATION_PREFIXES}: the services context names its case-processing purposes
 * {@code services.case.*} and {@code services.certificate.purpose.*}, and any context may use
 * {@code purpose.application.*} or {@code purpose.case.*}. Everything else (administration,
 * inspection, statistics...) is a read "outside an application the citizen filed", which is what
 * citizens may ask to be alerted about. A context adding such purposes under another name adds its
 * prefix here.
 */
public final class ReadPurposes {
    static final List<String> OWN_APPLICATION_PREFIXES = List.of("purpose.application.", "purpose.case.",
            "services.case.", "services.certificate.purpose.");

    private ReadPurposes() {
    }

    public static boolean servesOwnApplication(String purposeKey) {
        return purposeKey != null && OWN_APPLICATION_PREFIXES.stream().anyMatch(purposeKey::startsWith);
    }
}
