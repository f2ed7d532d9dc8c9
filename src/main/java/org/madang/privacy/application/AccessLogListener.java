package org.madang.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.platform.privacy.PersonalDataRead;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.madang.platform.error.Failures;

/**
 * Listens for the platform's {@link PersonalDataRead} events (AccessRecorder): logs each one inside
 * the reading transaction, and once that has committed, alerts the citizen if they asked for it.
 */
@ApplicationScoped
public class AccessLogListener {
    private static final Logger LOG = Logger.getLogger(AccessLogListener.class.getName());

    @Inject
    AccessLog log;
    @Inject
    AccessAlerts alerts;

    void read(@Observes PersonalDataRead read) {
        log.append(read);
    }

    /** After success only: a read that rolled back was never made, and deserves no alert. */
    void alert(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonalDataRead read) {
        try {
            alerts.consider(read);
        } catch (RuntimeException e) {
            // the read stands and is logged; a lost alert is regrettable, a failed read would be worse
            LOG.log(Level.WARNING, () -> "privacy alert for account " + read.subjectAccountId() + " not sent: " + Failures.describe(e));
        }
    }
}
