package org.madang.privacy.infrastructure;

import org.madang.privacy.domain.AccessLogEntry;
import org.madang.privacy.domain.AccessLogFilter;
import org.madang.privacy.domain.AccessLogHead;
import org.madang.privacy.domain.ChainRow;
import org.madang.platform.persistence.KeysetBatches;
import org.madang.platform.persistence.KeysetPage;
import org.madang.platform.integrity.ChainReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.madang.platform.integrity.HashChain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The personal-data access log's table: append through the locked head, search, read the chain. */
@ApplicationScoped
public class AccessLogEntries {
    static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** The head, locked until the transaction ends: concurrent appenders queue here. */
    public AccessLogHead lockHead() {
        AccessLogHead head = em.find(AccessLogHead.class, AccessLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("personal_data_access_head has no row: is the privacy migration applied?");
        }
        return head;
    }


    public void add(AccessLogEntry entry) {
        em.persist(entry);
    }

    /**
     * Walks the whole chain a batch at a time, up to the head as it stood when the walk began
     * (entries appended meanwhile are left for the next run), and reports what it found.
     */
    public ChainReport verifyChain() {
        Object[] head = em.createQuery("select h.lastSequence, h.lastHash from AccessLogHead h where h.id = :id",
                Object[].class).setParameter("id", AccessLogHead.ID).getSingleResult();
        long end = (Long) head[0];
        Iterable<HashChain.Link> links = new KeysetBatches<>(0, after -> linksAfter(after, end, VERIFY_BATCH),
                HashChain.Link::sequence);
        return ChainReport.verify(links, end, (String) head[1]);
    }

    /**
     * Up to {@code max} links after {@code after} and not beyond {@code upTo}, in sequence order.
     * Read as columns, not entities: outside a JTA transaction Liberty keeps one persistence context
     * for the whole call, which would otherwise hold every entry walked (and serve stale ones).
     */
    List<HashChain.Link> linksAfter(long after, long upTo, int max) {
        return rowsAfter(after, upTo, max).stream().map(ChainRow::link).toList();
    }

    /** The JPQL select list matching {@link #chainRow}. */
    private static final String CHAIN_COLUMNS = "e.sequence, e.occurredAt, e.subjectAccountId, e.actor, e.actorName,"
            + " e.actorRole, e.actorDepartmentId, e.fields, e.purposeKey, e.purposeReference, e.previousHash, e.hash";

    private static ChainRow chainRow(Object[] c) {
        return new ChainRow((Long) c[0], (Instant) c[1], (Long) c[2], (String) c[3], (String) c[4], (String) c[5],
                (Long) c[6], (String) c[7], (String) c[8], (String) c[9], (String) c[10], (String) c[11]);
    }

    /** Up to {@code max} stored rows after {@code after} and not beyond {@code upTo}, in sequence order. */
    public List<ChainRow> rowsAfter(long after, long upTo, int max) {
        return em.createQuery("select " + CHAIN_COLUMNS + " from AccessLogEntry e"
                        + " where e.sequence > :after and e.sequence <= :upTo order by e.sequence", Object[].class)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setMaxResults(max)
                .getResultStream()
                .map(AccessLogEntries::chainRow)
                .toList();
    }

    /** The whole chain up to {@code upTo}, one bounded batch at a time. */
    public Iterable<ChainRow> chainUpTo(long upTo) {
        return new KeysetBatches<>(0, after -> rowsAfter(after, upTo, VERIFY_BATCH), ChainRow::sequence);
    }

    /** The end of the chain as it stands: last sequence and hash. */
    public AccessLogHead head() {
        return em.find(AccessLogHead.class, AccessLogHead.ID);
    }

    public Optional<AccessLogEntry> find(long sequence) {
        return Optional.ofNullable(em.find(AccessLogEntry.class, sequence));
    }

    /**
     * One page of the entries the filter selects, newest first: the {@code size} before entry
     * {@code before}, or (paging back towards the newest) the {@code size} after entry {@code after},
     * or the newest. Walks the primary key; counts nothing.
     */
    public KeysetPage<AccessLogEntry> page(AccessLogFilter filter, Long before, Long after, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        boolean towardsOlder = after == null;
        String key = towardsOlder ? (before == null ? "" : " and e.sequence < :key") : " and e.sequence > :key";
        TypedQuery<AccessLogEntry> q = em.createQuery("select e from AccessLogEntry e" + and(where, key)
                + " order by e.sequence " + (towardsOlder ? "desc" : "asc"), AccessLogEntry.class);
        params.forEach(q::setParameter);
        if (before != null || after != null) {
            q.setParameter("key", towardsOlder ? before : after);
        }
        List<AccessLogEntry> read = q.setMaxResults(size + 1).getResultList();
        boolean otherSide = towardsOlder ? before != null && exists(where, params, " and e.sequence >= :key", before)
                : exists(where, params, " and e.sequence <= :key", after);
        return KeysetPage.of(read, size, towardsOlder, otherSide);
    }

    private boolean exists(String where, Map<String, Object> params, String key, long value) {
        TypedQuery<Long> q = em.createQuery("select e.sequence from AccessLogEntry e" + and(where, key), Long.class);
        params.forEach(q::setParameter);
        return !q.setParameter("key", value).setMaxResults(1).getResultList().isEmpty();
    }

    /** A where clause and one more condition (written " and ..."), whether the clause is empty or not. */
    private static String and(String where, String condition) {
        return condition.isEmpty() ? where : where.isEmpty() ? " where" + condition.substring(4) : where + condition;
    }

    /** Every entry about one citizen, newest first. */
    public List<AccessLogEntry> aboutSubject(long accountId) {
        return em.createQuery("select e from AccessLogEntry e where e.subjectAccountId = :s order by e.sequence desc",
                AccessLogEntry.class).setParameter("s", accountId).getResultList();
    }

    private static String where(AccessLogFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (f.subjectAccountId() != null) {
            and(w, "e.subjectAccountId = :subject");
            params.put("subject", f.subjectAccountId());
        }
        if (f.actor() != null) {
            and(w, "e.actor = :actor");
            params.put("actor", f.actor());
        }
        if (f.from() != null) {
            and(w, "e.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.until() != null) {
            and(w, "e.occurredAt < :until");
            params.put("until", f.until());
        }
        return w.toString();
    }

    private static void and(StringBuilder w, String condition) {
        w.append(w.length() == 0 ? " where " : " and ").append(condition);
    }
}
