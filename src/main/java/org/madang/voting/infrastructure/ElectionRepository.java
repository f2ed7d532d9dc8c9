package org.madang.voting.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.platform.cache.Caches;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.NotFound;
import org.madang.platform.persistence.KeysetBatches;
import org.madang.voting.domain.CastBallot;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.ElectionCredentialSet;
import org.madang.voting.domain.ElectionCredentials;
import org.madang.voting.domain.ElectionStatus;
import org.madang.voting.domain.belenios.PublicCredentials;
import org.madang.voting.domain.Trustee;
import org.madang.voting.domain.Voter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JPA queries of the voting context. */
@ApplicationScoped
public class ElectionRepository {
    private static final int CREDENTIAL_SETS = 8;
    private static final int BATCH = 500;
    private static final Cache<Long, ElectionCredentialSet> CREDENTIALS = Caches.builder(Clock::systemUTC)
            .maximumSize(CREDENTIAL_SETS).build();

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Election> find(String uuid) {
        if (uuid == null) {
            return Optional.empty();
        }
        return em.createQuery("select e from Election e where e.uuid = :u", Election.class)
                .setParameter("u", uuid).getResultStream().findFirst();
    }

    public Election get(String uuid) {
        return find(uuid).orElseThrow(() -> new NotFound("voting.election.notFound"));
    }

    /**
     * The election locked for the rest of the transaction: ballots are numbered one after the other
     * and the tally must see them all, so casting, closing and decrypting take turns. The row is
     * locked first and read after: locking an already loaded election checks its version, so a
     * caller that waited for the closing timer failed with an optimistic-lock error instead of
     * seeing the election closed.
     */
    public Election lock(String uuid) {
        List<?> locked = uuid == null ? List.of()
                : em.createNativeQuery("select id from voting_election where uuid = ?1 for update")
                        .setParameter(1, uuid).getResultList();
        if (locked.isEmpty()) {
            throw new NotFound("voting.election.notFound");
        }
        Election e = get(uuid);
        em.refresh(e);
        return e;
    }

    /**
     * A frozen election's public credentials with their weights, read once per election and then
     * kept: they never change after freezing, and parsing 100,000 of them takes about a second.
     */
    public ElectionCredentialSet credentials(Election e) {
        Long id = e.getId();
        ElectionCredentialSet c = CREDENTIALS.getIfPresent(id);
        if (c != null) {
            return c;
        }
        ElectionCredentials row = em.find(ElectionCredentials.class, id);
        if (row == null) {
            throw new Conflict("voting.election.notFrozen");
        }
        PublicCredentials pc = row.publicCredentials();
        ElectionCredentialSet fresh = new ElectionCredentialSet(pc, Map.copyOf(pc.weights()));
        // parsed outside the cache's lock (about a second for 100,000); the first one kept wins
        return CREDENTIALS.asMap().merge(id, fresh, (kept, ignored) -> kept);
    }

    public List<Election> all() {
        return em.createQuery("select e from Election e order by e.createdAt desc, e.id desc", Election.class)
                .getResultList();
    }

    /** Elections the public may see: everything past set-up. */
    public List<Election> published() {
        return em.createQuery("select e from Election e where e.status <> :s order by e.closesAt desc, e.id desc",
                Election.class).setParameter("s", ElectionStatus.SETUP).getResultList();
    }

    public List<Election> frozenAndClosedBy(Instant now) {
        return em.createQuery("select e from Election e where e.status = :s and e.closesAt <= :now", Election.class)
                .setParameter("s", ElectionStatus.FROZEN).setParameter("now", now).getResultList();
    }

    public List<Trustee> trusteeshipsOf(long accountId) {
        return em.createQuery("select t from Trustee t join fetch t.election where t.accountId = :a "
                + "order by t.election.closesAt desc", Trustee.class).setParameter("a", accountId).getResultList();
    }

    /** Every roll the account is on, with its election, most recent first ("download my data"). */
    public List<Object[]> rollsOf(long accountId) {
        return em.createQuery("select v, e from Voter v, Election e where e.id = v.electionId and v.accountId = :a "
                + "order by e.closesAt desc", Object[].class).setParameter("a", accountId).getResultList();
    }

    public Optional<Voter> voter(long electionId, long accountId) {
        return Optional.ofNullable(em.find(Voter.class, new Voter.Key(electionId, accountId)));
    }

    public boolean credentialBoundToAnother(long electionId, String credential, long accountId) {
        return !em.createQuery("select v.accountId from Voter v where v.electionId = :e and v.credential = :c "
                        + "and v.accountId <> :a", Long.class)
                .setParameter("e", electionId).setParameter("c", credential).setParameter("a", accountId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public long rollSize(long electionId) {
        return em.createQuery("select count(v) from Voter v where v.electionId = :e", Long.class)
                .setParameter("e", electionId).getSingleResult();
    }

    public long votersWhoVoted(long electionId) {
        return em.createQuery("select count(v) from Voter v where v.electionId = :e and v.credential is not null",
                Long.class).setParameter("e", electionId).getSingleResult();
    }

    public List<CastBallot> ballots(long electionId) {
        return em.createQuery("select b from CastBallot b where b.electionId = :e order by b.seq", CastBallot.class)
                .setParameter("e", electionId).getResultList();
    }

    /**
     * The JSON of the ballots that count (the last of each credential), in casting order, read
     * {@value #BATCH} at a time: the tally of a large election never holds its ballots in memory.
     */
    public Iterable<String> countedBallots(long electionId) {
        return ballotJson(electionId, " and b.seq = (select max(o.seq) from CastBallot o where o.electionId = :e "
                + "and o.credential = b.credential)");
    }

    /** The JSON of every ballot in casting order, read {@value #BATCH} at a time (the archive). */
    public Iterable<String> ballotsInOrder(long electionId) {
        return ballotJson(electionId, "");
    }

    private Iterable<String> ballotJson(long electionId, String condition) {
        KeysetBatches<Object[]> rows = new KeysetBatches<>(0, after -> em.createQuery(
                "select b.seq, b.ballotJson from CastBallot b where b.electionId = :e and b.seq > :after" + condition
                        + " order by b.seq", Object[].class)
                .setParameter("e", electionId).setParameter("after", (int) after).setMaxResults(BATCH).getResultList(),
                row -> ((Number) row[0]).longValue());
        return () -> {
            java.util.Iterator<Object[]> it = rows.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public String next() {
                    return (String) it.next()[1];
                }
            };
        };
    }

    public int ballotCount(long electionId) {
        return em.createQuery("select count(b) from CastBallot b where b.electionId = :e", Long.class)
                .setParameter("e", electionId).getSingleResult().intValue();
    }

    /**
     * One page of the board, newest first: the {@code max} ballots numbered below {@code beforeSeq}
     * (the newest when null), their number, tracker, time and whether a later ballot replaced them,
     * walked by (election, seq).
     */
    public List<CastBallot.OnBoard> boardPage(long electionId, Integer beforeSeq, int max) {
        // "replaced": a later ballot with the same credential exists (index on election, credential, seq)
        return em.createQuery("select b.seq, b.tracker, b.castAt, case when exists (select 1 from CastBallot l"
                        + " where l.electionId = b.electionId and l.credential = b.credential and l.seq > b.seq)"
                        + " then true else false end from CastBallot b where b.electionId = :e"
                        + " and b.seq < :before order by b.seq desc", Object[].class)
                .setParameter("e", electionId).setParameter("before", beforeSeq == null ? Integer.MAX_VALUE : beforeSeq)
                .setMaxResults(max).getResultStream()
                .map(r -> new CastBallot.OnBoard((Integer) r[0], (String) r[1], (Instant) r[2], (Boolean) r[3]))
                .toList();
    }

    /** Whether a later ballot was cast with the same credential (the earlier one no longer counts). */
    public boolean supersededLater(long electionId, String credential, int seq) {
        return !em.createQuery("select b.seq from CastBallot b where b.electionId = :e and b.credential = :c "
                        + "and b.seq > :s", Integer.class).setParameter("e", electionId).setParameter("c", credential)
                .setParameter("s", seq).setMaxResults(1).getResultList().isEmpty();
    }

    public List<CastBallot> byTracker(long electionId, String tracker) {
        return em.createQuery("select b from CastBallot b where b.electionId = :e and b.tracker = :t order by b.seq",
                CastBallot.class).setParameter("e", electionId).setParameter("t", tracker).getResultList();
    }
}
