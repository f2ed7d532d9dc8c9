package org.madang.forum.debate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.madang.forum.debate.domain.Debate;
import org.madang.forum.debate.domain.Post;
import org.madang.forum.debate.domain.PostEdit;
import org.madang.platform.error.NotFound;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.Optional;

/** JPA queries of debates and their posts; lists of posts are read by keyset, never by offset. */
@ApplicationScoped
public class DebateRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;
    @Inject
    ZoneId zone;

    public void add(Debate d) {
        em.persist(d);
        em.flush();
    }

    /** A new post, counted at once in its month and agency (forum_post_month), whoever writes it. */
    public void add(Post p) {
        em.persist(p);
        em.flush();
        em.createNativeQuery("insert into forum_post_month (month, agency_code, posts) select ?1, agency_code, 1 "
                        + "from debate where id = ?2 on conflict (month, agency_code) "
                        + "do update set posts = forum_post_month.posts + 1")
                .setParameter(1, YearMonth.from(p.getCreatedAt().atZone(zone)).atDay(1))
                .setParameter(2, p.getDebateId()).executeUpdate();
    }

    /** Posts written per month from {@code from} to {@code to}, of one agency or (null) all. */
    public Map<YearMonth, Long> postsPerMonth(YearMonth from, YearMonth to, String agencyCode) {
        List<?> rows = em.createNativeQuery("select month, sum(posts) from forum_post_month where month between ?1 and ?2"
                        + " and (cast(?3 as varchar) is null or agency_code = cast(?3 as varchar)) group by month")
                .setParameter(1, from.atDay(1)).setParameter(2, to.atDay(1)).setParameter(3, agencyCode)
                .getResultList();
        Map<YearMonth, Long> months = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            months.put(YearMonth.from(((java.sql.Date) r[0]).toLocalDate()), ((Number) r[1]).longValue());
        }
        return months;
    }

    public void add(PostEdit e) {
        em.persist(e);
    }

    public Debate get(long id) {
        return Optional.ofNullable(em.find(Debate.class, id)).orElseThrow(() -> new NotFound("debate.notFound"));
    }

    public Post post(long id) {
        return Optional.ofNullable(em.find(Post.class, id)).orElseThrow(() -> new NotFound("debate.post.notFound"));
    }

    /** The post with its row locked (its counts change under votes and replies). */
    public Post postForUpdate(long id) {
        return Optional.ofNullable(em.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("debate.post.notFound"));
    }

    public Optional<Debate> findByTitle(String title) {
        return em.createQuery("select d from Debate d where d.title = :t", Debate.class).setParameter("t", title)
                .getResultStream().findFirst();
    }

    /** Every debate, latest closing first (a few hundred at most: agencies open them one by one). */
    public List<Debate> debates(int limit) {
        return em.createQuery("select d from Debate d order by d.closesAt desc, d.id desc", Debate.class)
                .setMaxResults(limit).getResultList();
    }

    /** Threads newest first after the thread {@code beforeId} (null: from the newest); official ones only if asked. */
    public List<Post> threadsNewest(long debateId, Long beforeId, boolean officialOnly, int limit) {
        var q = em.createQuery("select p from Post p where p.debateId = :d and p.parentId is null"
                + (beforeId == null ? "" : " and p.id < :before")
                + (officialOnly ? " and p.officialAgency is not null" : "")
                // debate first (fixed by the equality): the order of the threads' partial index, which the
                // primary key cannot give, so PostgreSQL never walks the key backwards past many replies
                + " order by p.debateId, p.id desc", Post.class).setParameter("d", debateId).setMaxResults(limit);
        if (beforeId != null) {
            q.setParameter("before", beforeId);
        }
        return q.getResultList();
    }

    /** Threads most agreed first, after the position (agreeCount, id) of the last one shown. */
    public List<Post> threadsMostAgreed(long debateId, Integer afterAgree, Long afterId, int limit) {
        boolean first = afterAgree == null || afterId == null;
        var q = em.createQuery("select p from Post p where p.debateId = :d and p.parentId is null"
                + (first ? "" : " and (p.agreeCount < :a or (p.agreeCount = :a and p.id < :i))")
                + " order by p.agreeCount desc, p.id desc", Post.class).setParameter("d", debateId).setMaxResults(limit);
        if (!first) {
            q.setParameter("a", afterAgree).setParameter("i", afterId);
        }
        return q.getResultList();
    }

    /** A thread's replies, oldest first, after the reply {@code afterId}. */
    public List<Post> replies(long threadId, Long afterId, int limit) {
        return em.createQuery("select p from Post p where p.parentId = :t and p.id > :after order by p.id", Post.class)
                .setParameter("t", threadId).setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The first {@code each} replies of every thread of a page, oldest first, in two queries instead
     * of one per thread: a lateral join picks each thread's first reply ids through the replies'
     * index, then the posts are read by id.
     */
    public Map<Long, List<Post>> firstReplies(List<Long> threadIds, int each) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        // the ids are numbers read from our own rows, written into the VALUES list as literals
        String values = threadIds.stream().map(id -> "(" + id.longValue() + ")").collect(Collectors.joining(","));
        List<?> rows = em.createNativeQuery("select r.id from (values " + values + ") t(id) cross join lateral"
                + " (select id from forum_post where parent_id = t.id order by id limit " + each + ") r").getResultList();
        List<Long> ids = rows.stream().map(o -> ((Number) o).longValue()).toList();
        Map<Long, List<Post>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Post p : em.createQuery("select p from Post p where p.id in :ids order by p.id", Post.class)
                    .setParameter("ids", ids).getResultList()) {
                out.computeIfAbsent(p.getParentId(), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    public List<PostEdit> edits(long postId) {
        return em.createQuery("select e from PostEdit e where e.postId = :p order by e.replacedAt", PostEdit.class)
                .setParameter("p", postId).getResultList();
    }

    /** The account's vote on the post: true agree, false disagree, null none. */
    public Boolean vote(long postId, long accountId) {
        List<?> r = em.createNativeQuery("select agree from forum_vote where post_id = ?1 and account_id = ?2")
                .setParameter(1, postId).setParameter(2, accountId).getResultList();
        return r.isEmpty() ? null : (Boolean) r.get(0);
    }

    public void setVote(long postId, long accountId, boolean agree) {
        em.createNativeQuery("insert into forum_vote (post_id, account_id, agree) values (?1, ?2, ?3)"
                        + " on conflict (post_id, account_id) do update set agree = excluded.agree")
                .setParameter(1, postId).setParameter(2, accountId).setParameter(3, agree).executeUpdate();
    }

    /** A flag by this person on this post; false if they flagged it before. */
    public boolean addFlag(long postId, long flagger, String rule, String note, java.time.Instant at) {
        return em.createNativeQuery("insert into forum_flag (post_id, flagger, rule, note, flagged_at) values (?1, ?2, ?3, ?4, ?5)"
                        + " on conflict (post_id, flagger) do nothing")
                .setParameter(1, postId).setParameter(2, flagger).setParameter(3, rule).setParameter(4, note)
                .setParameter(5, at).executeUpdate() == 1;
    }

    public long openFlags(long postId) {
        return ((Number) em.createNativeQuery("select count(*) from forum_flag where post_id = ?1 and open")
                .setParameter(1, postId).getSingleResult()).longValue();
    }

    /** A moderator's decision settles the open flags. */
    public void closeFlags(long postId) {
        em.createNativeQuery("update forum_flag set open = false where post_id = ?1 and open").setParameter(1, postId)
                .executeUpdate();
    }

    public void add(org.madang.forum.debate.domain.ModerationEntry e) {
        em.persist(e);
    }

    /** One line of the moderator's queue: the post, its open flags and the oldest of them. */
    public record Flagged(Post post, long flags, java.time.Instant since) {
    }

    /**
     * Posts of the agency's debates waiting for a moderator: open flags or a pending appeal, oldest
     * first. Flags are counted per post in one grouped query.
     */
    public List<Flagged> queue(String agencyCode, int limit) {
        List<?> rows = em.createNativeQuery("select p.id, coalesce(f.n, 0), coalesce(f.since, p.appealed_at) from forum_post p"
                        + " join debate d on d.id = p.debate_id"
                        + " left join (select post_id, count(*) n, min(flagged_at) since from forum_flag where open and post_id is not null"
                        + " group by post_id) f"
                        + " on f.post_id = p.id"
                        + " where d.agency_code = ?1 and (f.n > 0 or (p.appealed_at is not null and p.appeal_outcome is null))"
                        + " order by 3, p.id")
                .setParameter(1, agencyCode).setMaxResults(limit).getResultList();
        List<Flagged> out = new java.util.ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            Object since = row[2];
            java.time.Instant at = since instanceof java.time.Instant i ? i
                    : since instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) since).toInstant();
            out.add(new Flagged(em.find(Post.class, ((Number) row[0]).longValue()), ((Number) row[1]).longValue(), at));
        }
        return out;
    }

    /** The public log, newest first, before the entry {@code beforeId} (null: from the newest). */
    public List<org.madang.forum.debate.domain.ModerationEntry> log(Long beforeId, int limit) {
        var q = em.createQuery("select e from ModerationEntry e" + (beforeId == null ? "" : " where e.id < :b")
                + " order by e.id desc", org.madang.forum.debate.domain.ModerationEntry.class).setMaxResults(limit);
        if (beforeId != null) {
            q.setParameter("b", beforeId);
        }
        return q.getResultList();
    }

    /** An account's own posts, oldest first (for "download my data"). */
    public List<Post> postsBy(long accountId) {
        return em.createQuery("select p from Post p where p.authorAccountId = :a order by p.id", Post.class)
                .setParameter("a", accountId).getResultList();
    }

    /** An account's own reports: post id (or null), rule, note, time and petition id (or null). */
    public List<Object[]> flagsBy(long accountId) {
        List<?> rows = em.createNativeQuery("select post_id, rule, note, flagged_at, petition_id from forum_flag where flagger = ?1 order by id")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    /** Threads and replies the account wrote after {@code since}, deleted ones included. */
    public long postsSince(long accountId, java.time.Instant since) {
        return em.createQuery("select count(p) from Post p where p.authorAccountId = :a and p.createdAt > :s", Long.class)
                .setParameter("a", accountId).setParameter("s", since).getSingleResult();
    }

    /** The texts of the account's posts written after {@code since} and not deleted (as many as the posting limits let through). */
    public List<String> bodiesSince(long accountId, java.time.Instant since) {
        return em.createQuery("select p.body from Post p where p.authorAccountId = :a and p.createdAt > :s"
                        + " and p.deletedAt is null", String.class)
                .setParameter("a", accountId).setParameter("s", since).getResultList();
    }

    /** An erased account: its posts stay without an author, its reports without a reporter, its votes go. */
    public void forgetAccount(long accountId) {
        em.createNativeQuery("update forum_post set author_account_id = null where author_account_id = ?1")
                .setParameter(1, accountId).executeUpdate();
        // the report keeps counting toward review and stays in the moderators' queue, but its flagger
        // becomes the report's own number, negated: no account has it, and (post, flagger) stays unique
        em.createNativeQuery("update forum_flag set flagger = -id where flagger = ?1").setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("delete from forum_vote where account_id = ?1").setParameter(1, accountId).executeUpdate();
    }

    /** Links a publication as a background document; false if it is linked already. */
    public boolean addDocument(long debateId, long publicationId, java.time.Instant at) {
        return em.createNativeQuery("insert into debate_document (debate_id, publication_id, added_at) values (?1, ?2, ?3)"
                        + " on conflict do nothing")
                .setParameter(1, debateId).setParameter(2, publicationId).setParameter(3, at).executeUpdate() == 1;
    }

    public boolean removeDocument(long debateId, long publicationId) {
        return em.createNativeQuery("delete from debate_document where debate_id = ?1 and publication_id = ?2")
                .setParameter(1, debateId).setParameter(2, publicationId).executeUpdate() == 1;
    }

    /** The publication ids of a debate's background documents, in the order they were linked. */
    public List<Long> documents(long debateId) {
        List<?> rows = em.createNativeQuery("select publication_id from debate_document where debate_id = ?1"
                + " order by added_at, publication_id").setParameter(1, debateId).getResultList();
        return rows.stream().map(o -> ((Number) o).longValue()).toList();
    }

    public long postCount(long debateId) {
        return em.createQuery("select count(p) from Post p where p.debateId = :d", Long.class)
                .setParameter("d", debateId).getSingleResult();
    }
}
