package org.madang.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way to record a read of personal data, for reads whose subject is only known inside
 * the method (the interceptor uses it too). Reads by the citizen themself are not recorded.
 */
@ApplicationScoped
public class AccessRecorder {
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<PersonalDataRead> reads;
    @Inject
    Clock clock;

    public void record(long subjectAccountId, List<String> fields, String purposeKey, String purposeReference,
                       String... candidateRoles) {
        var me = currentUser.principal();
        if (me.isPresent() && me.get().accountId() == subjectAccountId) {
            return;
        }
        reads.fire(new PersonalDataRead(subjectAccountId,
                currentUser.actorId(),
                me.map(MadangPrincipal::displayName).orElse(""),
                currentUser.actingRole(candidateRoles),
                me.map(MadangPrincipal::departmentId).orElse(null),
                fields, purposeKey, purposeReference, Instant.now(clock)));
    }
}
