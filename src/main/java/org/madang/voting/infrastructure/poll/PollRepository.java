package org.madang.voting.infrastructure.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.platform.error.NotFound;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.domain.poll.PollBallot;
import org.madang.voting.domain.poll.PollParticipation;
import org.madang.voting.domain.poll.PollReceipt;
import org.madang.voting.domain.poll.PollStatus;
import org.madang.voting.domain.poll.Selection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JPA queries of polls and participatory budgets. */
@ApplicationScoped
public class PollRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** Stores a new poll or budget and writes it now, so that its id is known to the caller. */
    public void add(Consultation c) {
        em.persist(c);
        em.flush();
    }

    /**
     * Stores a participation, its ballot (kept apart from who cast it) and its receipt, and writes
     * them now, so that a concurrent second participation fails on the primary key inside the
     * caller's call.
     */
    public void record(Consultation.Participated p) {
        em.persist(p.participation());
        em.persist(p.ballot());
        em.persist(p.receipt());
        em.flush();
    }

    public Optional<Consultation> find(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    public Consultation get(long id) {
        return find(id).orElseThrow(() -> new NotFound("poll.notFound"));
    }

    /**
     * The poll with its row locked for this transaction: receipts are appended to its chain one at
     * a time. The row is locked first and read after, so the entity holds what the previous holder
     * of the lock committed. (em.find with PESSIMISTIC_WRITE loads the poll with its options in one
     * join and locks afterwards, "follow-on locking", so a waiting caller would wake up holding a
     * stale version and fail.)
     */
    public Consultation getForUpdate(long id) {
        List<?> locked = em.createNativeQuery("select id from poll where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            throw new NotFound("poll.notFound");
        }
        Consultation c = em.find(Consultation.class, id);
        em.refresh(c);
        return c;
    }

    public Optional<Consultation> findByTitle(String titleKo) {
        return em.createQuery("select c from Consultation c where c.titleKo = :t", Consultation.class)
                .setParameter("t", titleKo).getResultStream().findFirst();
    }

    /** Every poll that is not a draft, newest closing first. */
    public List<Consultation> published() {
        return em.createQuery("select c from Consultation c where c.status <> :d order by c.closesAt desc, c.id desc",
                Consultation.class).setParameter("d", PollStatus.DRAFT).getResultList();
    }

    public List<Consultation> all() {
        return em.createQuery("select c from Consultation c order by c.createdAt desc, c.id desc", Consultation.class)
                .getResultList();
    }

    /** Open polls whose closing time has passed: the closing timer's work. */
    public List<Long> dueForClosing(Instant now) {
        return em.createQuery("select c.id from Consultation c where c.status = :o and c.closesAt <= :now", Long.class)
                .setParameter("o", PollStatus.OPEN).setParameter("now", now).getResultList();
    }

    /** Whether this resident (whichever of their accounts) took part in the poll. */
    public boolean tookPart(long pollId, java.util.UUID residentKey) {
        return residentKey != null
                && em.find(PollParticipation.class, new PollParticipation.Key(pollId, residentKey)) != null;
    }

    /** Ids of the polls an account took part in (for "my polls" and "download my data"). */
    public List<Long> pollsTakenPartIn(long accountId) {
        return em.createQuery("select p.pollId from PollParticipation p where p.accountId = :a", Long.class)
                .setParameter("a", accountId).getResultList();
    }

    public List<PollReceipt> receipts(long pollId) {
        return em.createQuery("select r from PollReceipt r where r.pollId = :p order by r.sequence", PollReceipt.class)
                .setParameter("p", pollId).getResultList();
    }

    public Optional<PollReceipt> receipt(long pollId, String code) {
        return em.createQuery("select r from PollReceipt r where r.pollId = :p and r.code = :c", PollReceipt.class)
                .setParameter("p", pollId).setParameter("c", code).getResultStream().findFirst();
    }

    public List<Selection> ballots(long pollId) {
        return em.createQuery("select b from PollBallot b where b.pollId = :p order by b.id", PollBallot.class)
                .setParameter("p", pollId).getResultStream().map(PollBallot::selection).toList();
    }

    public long participants(long pollId) {
        return em.createQuery("select count(p) from PollParticipation p where p.pollId = :p", Long.class)
                .setParameter("p", pollId).getSingleResult();
    }
}
