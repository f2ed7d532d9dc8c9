package org.madang.notification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.notification.domain.MailStatus;
import org.madang.notification.domain.OutboundMail;
import org.madang.notification.infrastructure.OutboxRepository;
import org.madang.notification.infrastructure.SmtpMailer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers outbox mails: once right after the notice commits, and again from the retry timer
 * while attempts are left (MADANG_MAIL_MAX_ATTEMPTS, 5 by default). Each attempt is its own
 * transaction holding the mail's row lock, so two servers (or the timer and the first send) never
 * send one mail twice at the same moment; a crash between the mail server's "accepted" and the
 * commit can still send it twice, which is the better side to err on. A mail server that cannot be
 * reached uses up no attempts (the mails wait in the outbox however long it is down), and a retry
 * round stops at the first such failure instead of knocking once per mail. Logs never carry
 * addresses or texts, only mail ids and exception types.
 */
@Stateless
@PermitAll
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 50;
    /** Delivered mails are kept this long for support questions, then only the inbox copy remains. */
    static final Duration KEEP_SENT = Duration.ofDays(30);

    @Inject
    OutboxRepository outbox;
    @Inject
    SmtpMailer mailer;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_MAIL_MAX_ATTEMPTS", defaultValue = "5")
    int maxAttempts;
    @Resource
    SessionContext context;

    /** Sends the mail on a container thread and returns at once. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendSoon(long mailId) {
        self().attempt(mailId);
    }

    /**
     * One attempt, now, if the mail is still deliverable and no other sender holds it; returns the
     * mail's status afterwards, or empty when it was held elsewhere or does not exist.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<MailStatus> attempt(long mailId) {
        return attemptOnce(mailId).map(Attempt::status);
    }

    /** What one attempt left: the mail's status, and whether the mail server could not be reached at all. */
    public record Attempt(MailStatus status, boolean serverUnreachable) {
    }

    /** {@link #attempt}, telling also whether the mail server was unreachable. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Attempt> attemptOnce(long mailId) {
        Optional<OutboundMail> claimed = outbox.claim(mailId);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        OutboundMail mail = claimed.get();
        if (!mail.isDeliverable(maxAttempts)) {
            return Optional.of(new Attempt(mail.getStatus(), false));
        }
        try {
            mailer.send(mail);
            mail.recordSent(Instant.now(clock));
        } catch (MessagingException | RuntimeException e) {
            if (MailFailures.serverUnreachable(e)) {
                mail.recordServerUnreachable(describe(e), Instant.now(clock));
                LOG.log(Level.WARNING, "mail {0}: the mail server cannot be reached ({1}); it waits in the outbox",
                        new Object[]{mailId, e.getClass().getSimpleName()});
                return Optional.of(new Attempt(mail.getStatus(), true));
            }
            mail.recordFailure(describe(e), Instant.now(clock));
            // the server's words may quote the address: they stay in the outbox row, not in the log
            LOG.log(Level.WARNING, "mail {0}: attempt {1} of {2} failed ({3}); see outbound_mail.last_error",
                    new Object[]{mailId, mail.getAttempts(), maxAttempts, e.getClass().getSimpleName()});
        }
        return Optional.of(new Attempt(mail.getStatus(), false));
    }

    /** Attempts every mail that is due, then forgets old delivered ones; returns how many were sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int retryDue() {
        List<Long> due = outbox.dueIds(Instant.now(clock), maxAttempts, BATCH);
        int sent = 0;
        for (long id : due) {
            Optional<Attempt> a = self().attemptOnce(id);
            if (a.filter(Attempt::serverUnreachable).isPresent()) {
                break; // the others wait for the next round, untouched
            }
            if (a.filter(x -> x.status() == MailStatus.SENT).isPresent()) {
                sent++;
            }
        }
        if (!due.isEmpty()) {
            LOG.info("retried " + due.size() + " mail(s), " + sent + " sent");
        }
        self().purgeDelivered();
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeDelivered() {
        return outbox.purgeSentBefore(Instant.now(clock).minus(KEEP_SENT));
    }

    /** Through the container, so each call gets its own transaction. */
    private MailDelivery self() {
        return context.getBusinessObject(MailDelivery.class);
    }

    /** What went wrong, with the innermost cause (the mail server's own words, when it gave any). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
