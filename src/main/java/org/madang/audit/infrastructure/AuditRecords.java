package org.madang.audit.infrastructure;

import org.madang.platform.persistence.KeysetBatches;
import org.madang.platform.persistence.KeysetPage;
import org.madang.platform.integrity.ChainReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.madang.audit.domain.AuditChainHead;
import org.madang.audit.domain.AuditFilter;
import org.madang.audit.domain.AuditRecord;
import org.madang.audit.domain.OutcomeKind;
import org.madang.platform.integrity.HashChain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit trail's table: append through the locked head, search, and read the chain in order. */
@ApplicationScoped
public class AuditRecords {
    static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /**
     * The chain head, locked until the transaction ends: the one door every append goes through.
     * Concurrent appenders queue here, and each sees the head its predecessor committed.
     */
    public AuditChainHead lockHead() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: is the audit migration applied?");
        }
        return head;
    }


    public void add(AuditRecord record) {
        em.persist(record);
    }

    /**
     * Walks the whole chain a batch at a time, up to the head as it stood when the walk began
     * (records appended meanwhile are left for the next run), and reports what it found.
     */
    public ChainReport verifyChain() {
        Object[] head = em.createQuery("select h.lastSequence, h.lastHash from AuditChainHead h where h.id = :id",
                Object[].class).setParameter("id", AuditChainHead.ID).getSingleResult();
        long end = (Long) head[0];
        Iterable<HashChain.Link> links = new KeysetBatches<>(0, after -> linksAfter(after, end, VERIFY_BATCH),
                HashChain.Link::sequence);
        return ChainReport.verify(links, end, (String) head[1]);
    }

    /**
     * Up to {@code max} links after {@code after} and not beyond {@code upTo}, in sequence order.
     * Read as columns, not entities: outside a JTA transaction Liberty keeps one persistence context
     * for the whole call, which would otherwise hold every record walked (and serve stale ones).
     */
    List<HashChain.Link> linksAfter(long after, long upTo, int max) {
        return em.createQuery("select r.sequence, r.occurredAt, r.actor, r.actorRole, r.action, r.target, r.outcome,"
                        + " r.previousHash, r.hash from AuditRecord r where r.sequence > :after and r.sequence <= :upTo"
                        + " order by r.sequence", Object[].class)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setMaxResults(max)
                .getResultStream()
                .map(c -> new HashChain.Link((Long) c[0], (String) c[7], (String) c[8],
                        AuditRecord.canonical((Long) c[0], (Instant) c[1], (String) c[2], (String) c[3],
                                (String) c[4], (String) c[5], (String) c[6])))
                .toList();
    }

    /**
     * One page of the records the filter selects, newest first: the {@code size} before record
     * {@code before}, or (paging back towards the newest) the {@code size} after record {@code after},
     * or the newest. Walks the primary key; counts nothing.
     */
    public KeysetPage<AuditRecord> page(AuditFilter filter, Long before, Long after, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        boolean towardsOlder = after == null;
        String key = towardsOlder ? (before == null ? "" : " and r.sequence < :key") : " and r.sequence > :key";
        TypedQuery<AuditRecord> q = em.createQuery("select r from AuditRecord r" + and(where, key)
                + " order by r.sequence " + (towardsOlder ? "desc" : "asc"), AuditRecord.class);
        params.forEach(q::setParameter);
        if (before != null || after != null) {
            q.setParameter("key", towardsOlder ? before : after);
        }
        List<AuditRecord> read = q.setMaxResults(size + 1).getResultList();
        boolean otherSide = towardsOlder ? before != null && exists(where, params, " and r.sequence >= :key", before)
                : exists(where, params, " and r.sequence <= :key", after);
        return KeysetPage.of(read, size, towardsOlder, otherSide);
    }

    private boolean exists(String where, Map<String, Object> params, String key, long value) {
        TypedQuery<Long> q = em.createQuery("select r.sequence from AuditRecord r" + and(where, key), Long.class);
        params.forEach(q::setParameter);
        return !q.setParameter("key", value).setMaxResults(1).getResultList().isEmpty();
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (f.actor() != null) {
            and(w, "r.actor = :actor");
            params.put("actor", f.actor());
        }
        // action and target match any part of the text: pg_trgm indexes on lower(...) answer these
        // without reading the whole trail (V202612070510)
        if (f.action() != null) {
            and(w, "lower(r.action) like :action escape '!'");
            params.put("action", contains(f.action()));
        }
        if (f.target() != null) {
            and(w, "lower(r.target) like :target escape '!'");
            params.put("target", contains(f.target()));
        }
        if (f.outcome() == OutcomeKind.SUCCESS) {
            and(w, "r.outcome = :outcome");
            params.put("outcome", OutcomeKind.SUCCESS.name());
        } else if (f.outcome() != null) {
            and(w, "r.outcome like :outcome");
            params.put("outcome", f.outcome().name() + ":%");
        }
        if (f.from() != null) {
            and(w, "r.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.until() != null) {
            and(w, "r.occurredAt < :until");
            params.put("until", f.until());
        }
        return w.toString();
    }

    /** A where clause and one more condition (written " and ..."), whether the clause is empty or not. */
    private static String and(String where, String condition) {
        return condition.isEmpty() ? where : where.isEmpty() ? " where" + condition.substring(4) : where + condition;
    }

    private static void and(StringBuilder w, String condition) {
        w.append(w.length() == 0 ? " where " : " and ").append(condition);
    }

    /**
     * A LIKE pattern matching the text anywhere, with the user's own % and _ taken literally ('!' is
     * the escape character: a backslash would need escaping again in HQL and SQL literals).
     */
    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
