package org.madang.privacy.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.privacy.PersonalDataRead;
import org.madang.privacy.domain.PrivacyPreference;
import org.madang.privacy.infrastructure.PrivacyRecords;
import org.madang.privacy.domain.ReadPurposes;

/**
 * Alerts a citizen who asked for it when their data has been read outside an application they
 * filed (see {@link ReadPurposes}). Runs after the read's transaction committed (a read that
 * rolled back never happened) and in a transaction of its own, so a failing alert never undoes a
 * read or its log entry.
 */
@Stateless
@PermitAll
public class AccessAlerts {
    @Inject
    PrivacyRecords records;
    @Inject
    Readers readers;
    @Inject
    PrivacyNotices notices;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void consider(PersonalDataRead read) {
        if (ReadPurposes.servesOwnApplication(read.purposeKey())) {
            return;
        }
        boolean wanted = records.preference(read.subjectAccountId()).map(PrivacyPreference::isAlertOnRead)
                .orElse(false);
        if (wanted) {
            notices.readAlert(read.subjectAccountId(), read.occurredAt(), readers.unitOf(read.actorDepartmentId()));
        }
    }
}
