package org.madang.forum.petition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.madang.forum.petition.domain.AgencyRule;
import org.madang.forum.petition.domain.Milestone;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.domain.PetitionCategory;
import org.madang.forum.petition.domain.PetitionStatus;
import org.madang.platform.error.NotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** JPA and SQL of petitions, their sponsors, supports, milestones and the agencies' rules. */
@ApplicationScoped
public class PetitionRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public Optional<Petition> find(long id) {
        return Optional.ofNullable(em.find(Petition.class, id));
    }

    public Petition get(long id) {
        return find(id).orElseThrow(() -> new NotFound("petition.notFound"));
    }

    /**
     * The petition with its row locked until the transaction ends, read fresh: supports, sponsors
     * and the agency's answer pass through it one at a time. Nothing else of the petition may have
     * been loaded in this transaction before (the lock is taken by the first read).
     */
    public Petition getForUpdate(long id) {
        Petition p = em.find(Petition.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFound("petition.notFound");
        }
        return p;
    }

    public Optional<Long> idByToken(String token) {
        return em.createQuery("select p.id from Petition p where p.sponsorToken = :t", Long.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    public void add(Petition p) {
        em.persist(p);
        em.flush();
    }

    public void add(Milestone m) {
        em.persist(m);
    }

    public void add(AgencyRule r) {
        em.persist(r);
    }

    public Optional<AgencyRule> rule(String agencyCode) {
        return Optional.ofNullable(em.find(AgencyRule.class, agencyCode));
    }

    public List<AgencyRule> rules() {
        return em.createQuery("select r from AgencyRule r order by r.agencyCode", AgencyRule.class).getResultList();
    }

    /** Adds the sponsor row; false when this resident already sponsors the petition. */
    public boolean addSponsor(long petitionId, UUID resident, Long accountId, String region, Instant now) {
        return em.createNativeQuery("insert into petition_sponsor (petition_id, resident_key, account_id, region,"
                        + " sponsored_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, petitionId).setParameter(2, resident).setParameter(3, accountId)
                .setParameter(4, region).setParameter(5, now).executeUpdate() == 1;
    }

    public boolean isSponsor(long petitionId, UUID resident) {
        return !em.createNativeQuery("select 1 from petition_sponsor where petition_id = ?1 and resident_key = ?2")
                .setParameter(1, petitionId).setParameter(2, resident).getResultList().isEmpty();
    }

    /** Adds the support row; false when this resident already supports the petition. */
    public boolean addSupport(long petitionId, UUID resident, Long accountId, String region, Instant now) {
        return em.createNativeQuery("insert into petition_support (petition_id, resident_key, account_id, region,"
                        + " supported_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, petitionId).setParameter(2, resident).setParameter(3, accountId)
                .setParameter(4, region).setParameter(5, now).executeUpdate() == 1;
    }

    /** Removes the support row; false when this resident did not support the petition. */
    public boolean removeSupport(long petitionId, UUID resident) {
        return em.createNativeQuery("delete from petition_support where petition_id = ?1 and resident_key = ?2")
                .setParameter(1, petitionId).setParameter(2, resident).executeUpdate() == 1;
    }

    /** The sponsors become the first supporters at publication (with the region they sponsored from). */
    public int sponsorsSupport(long petitionId, Instant now) {
        return em.createNativeQuery("insert into petition_support (petition_id, resident_key, account_id, region,"
                        + " supported_at) select petition_id, resident_key, account_id, region, ?2 from petition_sponsor"
                        + " where petition_id = ?1 on conflict do nothing")
                .setParameter(1, petitionId).setParameter(2, now).executeUpdate();
    }

    public boolean supports(long petitionId, UUID resident) {
        return resident != null && !em.createNativeQuery(
                        "select 1 from petition_support where petition_id = ?1 and resident_key = ?2")
                .setParameter(1, petitionId).setParameter(2, resident).getResultList().isEmpty();
    }

    /** Supports counted from their rows (what the kept count must always equal). */
    public long countSupports(long petitionId) {
        return ((Number) em.createNativeQuery("select count(*) from petition_support where petition_id = ?1")
                .setParameter(1, petitionId).getSingleResult()).longValue();
    }

    /** Supports per region name, most first: all the public learns about who supports. */
    public Map<String, Long> supportsByRegion(long petitionId) {
        List<?> rows = em.createNativeQuery("select region, count(*) from petition_support where petition_id = ?1"
                        + " group by region order by count(*) desc, region")
                .setParameter(1, petitionId).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            out.put((String) row[0], ((Number) row[1]).longValue());
        }
        return out;
    }

    /** Accounts that support the petition now: whom its answer and outcome are told to. */
    public List<Long> supporterAccounts(long petitionId) {
        return nativeLongs("select distinct account_id from petition_support where petition_id = ?1 and account_id is not null order by 1",
                petitionId);
    }

    private List<Long> nativeLongs(String sql, Object param) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        List<Long> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    /** A petition an account sponsored or supports, and when. */
    public record Act(long petitionId, String title, Instant at) {
    }

    public List<Act> sponsoredBy(long accountId) {
        return acts("select s.petition_id, p.title, s.sponsored_at from petition_sponsor s join petition p on p.id = s.petition_id"
                + " where s.account_id = ?1 order by s.sponsored_at", accountId);
    }

    public List<Act> supportsOf(long accountId) {
        return acts("select s.petition_id, p.title, s.supported_at from petition_support s join petition p on p.id = s.petition_id"
                + " where s.account_id = ?1 order by s.supported_at", accountId);
    }

    private List<Act> acts(String sql, long accountId) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, accountId).getResultList();
        List<Act> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            out.add(new Act(((Number) row[0]).longValue(), (String) row[1], toInstant(row[2])));
        }
        return out;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }

    public List<Milestone> milestones(long petitionId) {
        return em.createQuery("select m from Milestone m where m.petitionId = :p order by m.recordedAt, m.id",
                Milestone.class).setParameter("p", petitionId).getResultList();
    }

    /**
     * Published petitions, filtered, newest first or most supported first, after the keyset
     * {@code (afterKey, afterId)} when given (the last row of the page before); at most {@code limit}.
     */
    public List<Petition> published(PetitionFilter f, Object afterKey, Long afterId, int limit) {
        StringBuilder q = new StringBuilder("select p from Petition p where p.status = :published");
        if (f.open() != null) {
            q.append(f.open() ? " and p.closesAt > :now" : " and p.closesAt <= :now");
        }
        if (f.agency() != null) {
            q.append(" and p.agencyCode = :agency");
        }
        if (f.category() != null) {
            q.append(" and p.category = :category");
        }
        if (f.answered() != null) {
            q.append(f.answered() ? " and p.answeredAt is not null" : " and p.answeredAt is null");
        }
        if (afterId != null) {
            // the first bound alone is what the index can seek to; the second settles ties by id
            q.append(f.bySupports() ? " and p.supportCount <= :k and (p.supportCount < :k or p.id < :kid)"
                    : " and p.publishedAt <= :k and (p.publishedAt < :k or p.id < :kid)");
        }
        q.append(f.bySupports() ? " order by p.supportCount desc, p.id desc" : " order by p.publishedAt desc, p.id desc");
        TypedQuery<Petition> query = em.createQuery(q.toString(), Petition.class)
                .setParameter("published", PetitionStatus.PUBLISHED).setMaxResults(limit);
        if (f.open() != null) {
            query.setParameter("now", f.now());
        }
        if (f.agency() != null) {
            query.setParameter("agency", f.agency());
        }
        if (f.category() != null) {
            query.setParameter("category", f.category());
        }
        if (afterId != null) {
            query.setParameter("k", afterKey).setParameter("kid", afterId);
        }
        return query.getResultList();
    }

    /** What the list may be filtered and sorted by. Null means "any". */
    public record PetitionFilter(Boolean open, String agency, PetitionCategory category, Boolean answered,
                                 boolean bySupports, Instant now) {
    }

    /** An agency's petitions that reached the threshold or were answered without an outcome settled, due first. */
    public List<Petition> obligations(String agencyCode) {
        return em.createQuery("select p from Petition p where p.agencyCode = :a and p.status = :published"
                        + " and (p.thresholdReachedAt is not null or p.answeredAt is not null)"
                        + " and (p.outcome is null or p.outcome = :accepted)"
                        + " order by case when p.answeredAt is null then 0 else 1 end, p.answerDueAt, p.id", Petition.class)
                .setParameter("a", agencyCode).setParameter("published", PetitionStatus.PUBLISHED)
                .setParameter("accepted", org.madang.forum.petition.domain.Outcome.ACCEPTED).getResultList();
    }

    /** The petitions an account drafted, newest first. */
    public List<Petition> byAuthor(long accountId) {
        return em.createQuery("select p from Petition p where p.authorAccountId = :a order by p.createdAt desc, p.id desc",
                Petition.class).setParameter("a", accountId).getResultList();
    }

    /** Ids of the petitions an account supports now. */
    /** Petitions the account started after {@code since} (drafts and published alike). */
    public List<Petition> startedSince(long accountId, Instant since) {
        return em.createQuery("select p from Petition p where p.authorAccountId = :a and p.createdAt > :s", Petition.class)
                .setParameter("a", accountId).setParameter("s", since).getResultList();
    }

    /** Supports and withdrawals by the account after {@code since}. */
    public long supportActionsSince(long accountId, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from petition_support_action where account_id = ?1 and acted_at > ?2")
                .setParameter(1, accountId).setParameter(2, since).getSingleResult()).longValue();
    }

    /** Notes a support or withdrawal for the rate limit, and forgets the account's notes older than {@code keepSince}. */
    public void noteSupportAction(long accountId, Instant at, Instant keepSince) {
        em.createNativeQuery("delete from petition_support_action where account_id = ?1 and acted_at < ?2")
                .setParameter(1, accountId).setParameter(2, keepSince).executeUpdate();
        em.createNativeQuery("insert into petition_support_action (account_id, acted_at) values (?1, ?2)")
                .setParameter(1, accountId).setParameter(2, at).executeUpdate();
    }

    /**
     * An erased account: its drafts go with their sponsorships; its published petitions, supports
     * and sponsorships stay without the account; its rate-limit notes go.
     */
    public void forgetAccount(long accountId) {
        for (String sql : List.of(
                "delete from petition_sponsor where petition_id in (select id from petition where author_account_id = ?1"
                        + " and status = 'DRAFT')",
                "delete from petition where author_account_id = ?1 and status = 'DRAFT'",
                "update petition set author_account_id = null where author_account_id = ?1",
                "update petition_sponsor set account_id = null where account_id = ?1",
                "update petition_support set account_id = null where account_id = ?1",
                "delete from petition_support_action where account_id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, accountId).executeUpdate();
        }
    }

    public List<Long> supportedBy(long accountId) {
        return nativeLongs("select petition_id from petition_support where account_id = ?1 order by supported_at desc",
                accountId);
    }

    /** A flag by this person on this petition; false if they flagged it before. */
    public boolean addFlag(long petitionId, long flagger, String rule, String note, Instant at) {
        return em.createNativeQuery("insert into forum_flag (petition_id, flagger, rule, note, flagged_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict (petition_id, flagger) where petition_id is not null do nothing")
                .setParameter(1, petitionId).setParameter(2, flagger).setParameter(3, rule).setParameter(4, note)
                .setParameter(5, at).executeUpdate() == 1;
    }

    public long openFlags(long petitionId) {
        return ((Number) em.createNativeQuery("select count(*) from forum_flag where petition_id = ?1 and open")
                .setParameter(1, petitionId).getSingleResult()).longValue();
    }

    /** A moderator's decision settles the open flags. */
    public void closeFlags(long petitionId) {
        em.createNativeQuery("update forum_flag set open = false where petition_id = ?1 and open")
                .setParameter(1, petitionId).executeUpdate();
    }

    public void add(org.madang.forum.debate.domain.ModerationEntry e) {
        em.persist(e);
    }

    /** One line of the moderators' queue: the petition, its open flags and the oldest of them. */
    public record Flagged(Petition petition, long flags, Instant since) {
    }

    /** The agency's published petitions with open flags or a pending appeal, oldest first; flags counted in one query. */
    public List<Flagged> flagged(String agencyCode, int limit) {
        List<?> rows = em.createNativeQuery("select p.id, coalesce(f.n, 0), coalesce(f.since, p.appealed_at) from petition p"
                        + " left join (select petition_id, count(*) n, min(flagged_at) since from forum_flag"
                        + " where open and petition_id is not null group by petition_id) f on f.petition_id = p.id"
                        + " where p.agency_code = ?1 and (f.n > 0 or (p.appealed_at is not null and p.appeal_outcome is null))"
                        + " order by 3, p.id")
                .setParameter(1, agencyCode).setMaxResults(limit).getResultList();
        List<Flagged> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            out.add(new Flagged(em.find(Petition.class, ((Number) row[0]).longValue()), ((Number) row[1]).longValue(),
                    toInstant(row[2])));
        }
        return out;
    }

    public Optional<Petition> findByTitle(String title) {
        return em.createQuery("select p from Petition p where p.title = :t", Petition.class).setParameter("t", title)
                .getResultStream().findFirst();
    }
}
