package org.madang.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.notification.domain.InboxMessage;

import java.util.List;
import java.util.Optional;

/** JPA queries of the inbox. */
@ApplicationScoped
public class InboxRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** Stores the message; its id is known on return (identity column). */
    public void add(InboxMessage message) {
        em.persist(message);
    }

    public Optional<InboxMessage> find(long id) {
        return Optional.ofNullable(em.find(InboxMessage.class, id));
    }

    /** Newest first; at most {@code max}. */
    public List<InboxMessage> of(long accountId, int max) {
        return em.createQuery("select m from InboxMessage m where m.accountId = :a order by m.createdAt desc, m.id desc",
                        InboxMessage.class)
                .setParameter("a", accountId).setMaxResults(max).getResultList();
    }

    /** The account's newest message with this body key and link, if any. */
    public Optional<InboxMessage> latest(long accountId, String bodyKey, String link) {
        return em.createQuery("select m from InboxMessage m where m.accountId = :a and m.bodyKey = :k and m.link = :l"
                        + " order by m.createdAt desc, m.id desc", InboxMessage.class)
                .setParameter("a", accountId).setParameter("k", bodyKey).setParameter("l", link)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public long unreadOf(long accountId) {
        return em.createQuery("select count(m) from InboxMessage m where m.accountId = :a and m.readAt is null",
                Long.class).setParameter("a", accountId).getSingleResult();
    }

    public boolean hasAny(long accountId) {
        return !em.createQuery("select m.id from InboxMessage m where m.accountId = :a", Long.class)
                .setParameter("a", accountId).setMaxResults(1).getResultList().isEmpty();
    }
}
