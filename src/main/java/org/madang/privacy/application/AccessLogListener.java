package org.madang.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.platform.privacy.PersonalDataRead;

/** Listens for the platform's {@link PersonalDataRead} events (AccessRecorder) and logs each one. */
@ApplicationScoped
public class AccessLogListener {
    @Inject
    AccessLog log;

    void read(@Observes PersonalDataRead read) {
        log.append(read);
    }
}
