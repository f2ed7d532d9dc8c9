package org.madang.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.identity.application.AccountDirectory;
import org.madang.notification.domain.InboxMessage;
import org.madang.notification.domain.MailComposer;
import org.madang.notification.domain.MailQueued;
import org.madang.notification.domain.OutboundMail;
import org.madang.notification.infrastructure.InboxRepository;
import org.madang.notification.infrastructure.OutboxRepository;
import org.madang.platform.notification.Notice;

import java.time.Clock;
import java.time.Instant;

/**
 * Receives every {@link Notice} any context fires. Inside the transaction of the change that caused
 * it, it puts the message in the recipient's inbox and writes the e-mail, in the recipient's
 * language, to the outbox: both commit with the change or vanish with it. The e-mail leaves only
 * once that transaction has committed ({@link MailDispatch}).
 *
 * <p>A failure here (an unknown recipient) fails the change too: a status change that nobody is
 * told about is exactly what the inbox exists to prevent. {@code @PermitAll}: whoever caused the
 * change, a citizen, an officer, a timer, the notice is delivered.
 */
@Stateless
@PermitAll
public class Notifications {
    @Inject
    AccountDirectory directory;
    @Inject
    InboxRepository inbox;
    @Inject
    Event<UnreadCounts.InboxChanged> changed;
    @Inject
    OutboxRepository outbox;
    @Inject
    Event<MailQueued> queued;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_PUBLIC_URL", defaultValue = "http://localhost:9080")
    String portalUrl;

    public void onNotice(@Observes(during = TransactionPhase.IN_PROGRESS) Notice notice) {
        Instant now = Instant.now(clock);
        AccountDirectory.Contact to = directory.contact(notice.recipientAccountId());
        InboxMessage message = InboxMessage.of(notice, now);
        inbox.add(message);
        changed.fire(new UnreadCounts.InboxChanged(message.getAccountId()));
        MailComposer.ComposedMail mail = MailComposer.compose(to.language(), to.name(), notice.subjectKey(),
                notice.bodyKey(), notice.arguments(), notice.link(), portalUrl);
        OutboundMail out = new OutboundMail(to.accountId(), to.email(), to.language(), mail, message.getId(), now);
        outbox.add(out);
        queued.fire(new MailQueued(out.getId()));
    }
}
