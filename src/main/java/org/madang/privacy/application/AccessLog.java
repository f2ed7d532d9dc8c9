package org.madang.privacy.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.privacy.PersonalDataRead;
import org.madang.privacy.infrastructure.AccessLogEntries;
import org.madang.privacy.domain.AccessLogHead;

/**
 * Appends reads of personal data to the access log. Open to every caller: whoever read, the read is
 * recorded. Called by {@link AccessLogListener} only.
 */
@Stateless
@PermitAll
public class AccessLog {
    @Inject
    AccessLogEntries entries;

    /**
     * Appends inside the reading transaction (a read outside any transaction gets one of its own);
     * if the entry cannot be written, the read fails with it rather than go unrecorded.
     */
    public void append(PersonalDataRead read) {
        AccessLogHead head = entries.lockHead();
        entries.add(head.append(read));
    }
}
