package org.madang.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.notification.domain.MailStatus;
import org.madang.notification.domain.OutboundMail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JPA queries of the outbox (table outbound_mail). */
@ApplicationScoped
public class OutboxRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** Stores the mail; its id is known on return (identity column). */
    public void add(OutboundMail mail) {
        em.persist(mail);
    }

    /**
     * The mail, locked until the transaction ends, or empty if another sender holds it right now
     * (or it does not exist). Every sender in every server claims a mail this way before sending it,
     * so two of them never send the same mail at once. Native SQL because SKIP LOCKED is the point.
     */
    public Optional<OutboundMail> claim(long id) {
        List<?> locked = em.createNativeQuery("select id from outbound_mail where id = ?1 for update skip locked")
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        // read after the lock is held, so this is the row as the previous sender left it
        return Optional.ofNullable(em.find(OutboundMail.class, id));
    }

    /** Mails due for another attempt, oldest due first. */
    public List<Long> dueIds(Instant now, int maxAttempts, int max) {
        return em.createQuery("select m.id from OutboundMail m where m.status <> :sent and m.attempts < :max"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("sent", MailStatus.SENT)
                .setParameter("max", maxAttempts)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** The mails kept for one recipient, oldest first ("download my data"). */
    public List<OutboundMail> of(long recipientAccountId) {
        return em.createQuery("select m from OutboundMail m where m.recipientAccountId = :a order by m.createdAt, m.id",
                        OutboundMail.class)
                .setParameter("a", recipientAccountId)
                .getResultList();
    }

    /** Forgets delivered mails sent before {@code before}: the inbox keeps the notice, the outbox need not keep the copy. */
    public int purgeSentBefore(Instant before) {
        return em.createQuery("delete from OutboundMail m where m.status = :sent and m.sentAt < :before")
                .setParameter("sent", MailStatus.SENT)
                .setParameter("before", before)
                .executeUpdate();
    }
}
