package org.madang.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.identity.application.AccountDirectory;
import org.madang.notification.domain.InboxMessage;
import org.madang.notification.domain.NoticeTexts;
import org.madang.notification.infrastructure.InboxRepository;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in person's own inbox. Every method acts on the caller's messages only; another
 * person's message is "not found", never "forbidden", so ids reveal nothing.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR, Roles.ELECTION_ADMIN,
        Roles.ADMIN, Roles.AUDITOR, Roles.PRIVACY_OFFICER})
public class Inbox {
    /** The page shows the latest messages; older ones stay stored (and in "download my data"). */
    static final int PAGE = 100;

    @Inject
    InboxRepository messages;
    @Inject
    AccountDirectory directory;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    Event<UnreadCounts.InboxChanged> changed;
    @Inject
    UnreadCounts unreadCounts;

    /** The caller's latest messages, newest first, in {@code language}. */
    @OwnDataOnly
    public List<InboxEntry> mine(String language) {
        NoticeTexts texts = NoticeTexts.in(language);
        return messages.of(currentUser.accountId(), PAGE).stream().map(m -> InboxEntry.of(m, texts)).toList();
    }

    /** Opens one of the caller's messages, which marks it read. */
    @OwnDataOnly
    public InboxEntry open(long messageId, String language) {
        InboxMessage m = own(messageId);
        m.markRead(Instant.now(clock));
        changed.fire(new UnreadCounts.InboxChanged(m.getAccountId()));
        return InboxEntry.of(m, NoticeTexts.in(language));
    }

    /**
     * The arguments of the caller's newest message with this body key and link: a context reading
     * back what it sent the caller, for the caller (the voting booth fills in the voter's own
     * credential from the credential message, so it never travels in an address).
     */
    @OwnDataOnly
    public Optional<List<String>> argumentsOfMine(String bodyKey, String link) {
        return messages.latest(currentUser.accountId(), bodyKey, link).map(InboxMessage::getArguments);
    }

    public void markUnread(long messageId) {
        InboxMessage m = own(messageId);
        m.markUnread();
        changed.fire(new UnreadCounts.InboxChanged(m.getAccountId()));
    }

    // in a transaction like every method here: on Liberty, a read under SUPPORTS without one makes
    // Hibernate's session close fail in the local-transaction cleanup (J2CA0026E and an FFDC per call)
    public long unreadCount() {
        return messages.unreadOf(currentUser.accountId());
    }

    /** The caller's unread count for the page header: remembered a few seconds ({@link UnreadCounts}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unreadCountForHeader() {
        return unreadCounts.mine();
    }

    /**
     * Every message of one account, in that account's own language: for the privacy context's
     * "download my data", which the account holder asks for. Only the holder may ask.
     */
    @OwnDataOnly
    public List<InboxEntry> inboxOf(long accountId) {
        if (accountId != currentUser.accountId()) {
            throw new Forbidden("notification.inbox.notYours");
        }
        NoticeTexts texts = NoticeTexts.in(directory.contact(accountId).language());
        return messages.of(accountId, Integer.MAX_VALUE).stream().map(m -> InboxEntry.of(m, texts)).toList();
    }

    private InboxMessage own(long messageId) {
        return messages.find(messageId).filter(m -> m.belongsTo(currentUser.accountId()))
                .orElseThrow(() -> new NotFound("notification.inbox.notFound"));
    }
}
