package org.madang.notification;

import org.madang.testsupport.InContainer;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.notification.domain.OutboundMail;
import org.madang.platform.notification.Notice;

/**
 * Test-only service deployed by NotificationArquillianIT: a business transaction that fires a
 * notice (and commits, or fails and rolls back), and direct access to the outbox for the retry tests.
 */
@InContainer
@Stateless
public class NoticeProbe {
    @Inject
    Event<Notice> notices;
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** A change that notifies and commits. */
    public void fire(Notice notice) {
        notices.fire(notice);
    }

    /** A change that notifies, sees its inbox message inside the transaction, then fails: all rolls back. */
    public void fireAndFail(Notice notice, String token) {
        notices.fire(notice);
        long seen = ((Number) em.createNativeQuery("select count(*) from inbox_message where account_id = ?1"
                        + " and ?2 = any(arguments)")
                .setParameter(1, notice.recipientAccountId()).setParameter(2, token).getSingleResult()).longValue();
        throw new ProbeFailure(seen);
    }

    /** Puts a mail straight into the outbox, out of the timers' reach for a day; returns its id. */
    public long enqueue(OutboundMail mail) {
        em.persist(mail);
        em.flush();
        postpone(mail.getId());
        return mail.getId();
    }

    /** Moves a mail's next attempt a day ahead, so no timer touches it while a test looks. */
    public void postpone(long mailId) {
        em.createNativeQuery("update outbound_mail set next_attempt_at = now() + interval '1 day' where id = ?1")
                .setParameter(1, mailId).executeUpdate();
    }

    /** Repairs the address of a mail and makes it due now. */
    public void repairAndMakeDue(long mailId, String address) {
        em.createNativeQuery("update outbound_mail set to_address = ?1, next_attempt_at = now() - interval '1 second'"
                        + " where id = ?2")
                .setParameter(1, address).setParameter(2, mailId).executeUpdate();
    }
}
