package org.madang.disclosure.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.RequestNumber;
import org.madang.disclosure.request.domain.RequestStatus;
import org.madang.platform.error.NotFound;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Disclosure requests in the database, their receipt counter and the requesters' pseudonyms. */
@ApplicationScoped
public class DisclosureRequestRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public DisclosureRequest add(DisclosureRequest r) {
        em.persist(r);
        em.flush();
        return r;
    }

    public Optional<DisclosureRequest> find(String number) {
        Optional<RequestNumber> n = RequestNumber.tryParse(number);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select r from DisclosureRequest r where r.number = :n", DisclosureRequest.class)
                .setParameter("n", n.get().toString()).getResultStream().findFirst();
    }

    public DisclosureRequest get(String number) {
        return find(number).orElseThrow(() -> new NotFound("disclosure.request.notFound"));
    }

    public Optional<DisclosureRequest> findById(long id) {
        return Optional.ofNullable(em.find(DisclosureRequest.class, id));
    }

    /**
     * A department's work, the most urgent first: undecided requests by their due date and
     * objections awaiting a decision by theirs.
     */
    public List<DisclosureRequest> queue(long departmentId, int max) {
        return em.createQuery("select r from DisclosureRequest r where r.departmentId = :d and (r.status <> :decided "
                        + "or (r.objection.filedOn is not null and r.objection.outcome is null)) "
                        + "order by coalesce(r.objection.dueOn, r.dueOn), r.id", DisclosureRequest.class)
                .setParameter("d", departmentId).setParameter("decided", RequestStatus.DECIDED)
                .setMaxResults(max).getResultList();
    }

    /** Undecided requests whose overdue day has come and which the sweep has not marked yet. */
    public List<Long> dueForOverdue(LocalDate today, int max) {
        return em.createQuery("select r.id from DisclosureRequest r where r.status <> :decided "
                        + "and r.overdueSince is null and r.overdueOn <= :today order by r.id", Long.class)
                .setParameter("decided", RequestStatus.DECIDED).setParameter("today", today)
                .setMaxResults(max).getResultList();
    }

    public List<DisclosureRequest> ofRequester(long accountId, int max) {
        return em.createQuery("select r from DisclosureRequest r where r.requesterId = :a "
                        + "order by r.receivedAt desc, r.id desc", DisclosureRequest.class)
                .setParameter("a", accountId).setMaxResults(max).getResultList();
    }

    /**
     * The next receipt number of a day: one atomic upsert, so concurrent requests queue on the
     * day's row until commit and never share a number.
     */
    public RequestNumber nextNumber(LocalDate day) {
        Number n = (Number) em.createNativeQuery("insert into disclosure_request_counter (day, last_value) "
                        + "values (?1, 1) on conflict (day) do update "
                        + "set last_value = disclosure_request_counter.last_value + 1 returning last_value")
                .setParameter(1, day).getSingleResult();
        return RequestNumber.of(day, n.longValue());
    }

    /** The requester's stable public number ("requester #N"), made on first use. */
    public long pseudonym(long accountId) {
        em.createNativeQuery("insert into disclosure_requester (account_id) values (?1) on conflict do nothing")
                .setParameter(1, accountId).executeUpdate();
        return ((Number) em.createNativeQuery("select pseudonym from disclosure_requester where account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    /** Holds a database-wide lock until the transaction ends (demo data is loaded by one application at a time). */
    public void lockForDemoData() {
        em.createNativeQuery("select pg_advisory_xact_lock(130713)").getSingleResult();
    }

    public long countOfRequester(long accountId) {
        return em.createQuery("select count(r) from DisclosureRequest r where r.requesterId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /**
     * A page of the public log, newest first by id, keyset-paged: before {@code beforeId} (older) or
     * after {@code afterId} (newer, read oldest first), {@code max} rows. {@code departments} null:
     * any. Words are searched in the index instead ({@link #searchPage}).
     */
    public List<DisclosureRequest> publicPage(Collection<Long> departments, RequestStatus status, Boolean overdueOnly,
                                              DecisionKind decision, Long beforeId, Long afterId, int max) {
        StringBuilder q = new StringBuilder("select r from DisclosureRequest r where 1 = 1");
        if (departments != null) {
            q.append(" and r.departmentId in :deps");
        }
        if (status != null) {
            q.append(" and r.status = :status");
        }
        if (Boolean.TRUE.equals(overdueOnly)) {
            q.append(" and r.status <> :decided and r.overdueSince is not null");
        }
        if (decision != null) {
            q.append(" and r.decision = :decision");
        }
        if (beforeId != null) {
            q.append(" and r.id < :before order by r.id desc");
        } else if (afterId != null) {
            q.append(" and r.id > :after order by r.id asc");
        } else {
            q.append(" order by r.id desc");
        }
        var query = em.createQuery(q.toString(), DisclosureRequest.class);
        if (departments != null) {
            query.setParameter("deps", departments.isEmpty() ? List.of(-1L) : departments);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (Boolean.TRUE.equals(overdueOnly)) {
            query.setParameter("decided", RequestStatus.DECIDED);
        }
        if (decision != null) {
            query.setParameter("decision", decision);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        } else if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.setMaxResults(max).getResultList();
    }

    /**
     * The same page of the public log when words are searched: through the search index (public
     * fields only: the subject unless kept private, and the decision text), each word matching
     * whole by the Korean analyser or as bigrams, newest first by id, keyset-paged like {@link #publicPage}.
     */
    public List<DisclosureRequest> searchPage(Collection<Long> departments, RequestStatus status, boolean overdueOnly,
                                              DecisionKind decision, String words, Long beforeId, Long afterId, int max) {
        return Search.session(em).search(DisclosureRequest.class)
                .where(f -> f.bool(b -> {
                    b.must(words(f, words));
                    if (departments != null) {
                        b.filter(f.terms().field("department").matchingAny(departments.isEmpty() ? List.of(-1L) : departments));
                    }
                    if (status != null) {
                        b.filter(f.match().field("status").matching(status));
                    }
                    if (overdueOnly) {
                        b.filter(f.match().field("overdue").matching(true));
                    }
                    if (decision != null) {
                        b.filter(f.match().field("decision").matching(decision));
                    }
                    if (beforeId != null) {
                        b.filter(f.range().field("rid").lessThan(beforeId));
                    } else if (afterId != null) {
                        b.filter(f.range().field("rid").greaterThan(afterId));
                    }
                }))
                .sort(f -> afterId != null ? f.field("rid").asc() : f.field("rid").desc())
                .fetchHits(max);
    }

    private static SearchPredicate words(SearchPredicateFactory f, String text) {
        List<String> words = java.util.Arrays.stream(text.trim().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).limit(12).toList();
        if (words.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        return f.bool(b -> {
            for (String w : words) {
                b.must(f.or(f.match().field("subject").field("decision_text").matching(w).minimumShouldMatchPercent(100),
                        f.match().field("subject_bigram").field("decision_text_bigram").matching(w)
                                .minimumShouldMatchPercent(100)));
            }
        }).toPredicate();
    }

    /** Has the request's index entry written with the transaction (after each command). */
    public void reindex(DisclosureRequest r) {
        Search.session(em).indexingPlan().addOrUpdate(r);
    }

    /** How many requests the index holds (fewer than the table: it must be built). */
    public long indexedCount() {
        return Search.session(em).search(DisclosureRequest.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** The next ids after {@code afterId}, indexed (one batch of a rebuild). */
    public List<Long> reindexAfter(long afterId, int max) {
        List<Long> ids = em.createQuery("select r.id from DisclosureRequest r where r.id > :a order by r.id", Long.class)
                .setParameter("a", afterId).setMaxResults(max).getResultList();
        if (!ids.isEmpty()) {
            var plan = Search.session(em).indexingPlan();
            em.createQuery("select r from DisclosureRequest r where r.id in :ids", DisclosureRequest.class)
                    .setParameter("ids", ids).getResultList().forEach(plan::addOrUpdate);
        }
        return ids;
    }

    public boolean existsBefore(long id) {
        return !em.createQuery("select r.id from DisclosureRequest r where r.id < :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean existsAfter(long id) {
        return !em.createQuery("select r.id from DisclosureRequest r where r.id > :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    /** The public numbers of the given requesters (made at filing, so every requester has one). */
    public Map<Long, Long> pseudonyms(Collection<Long> accountIds) {
        Map<Long, Long> out = new HashMap<>();
        if (accountIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select account_id, pseudonym from disclosure_requester "
                + "where account_id = any(cast(?1 as bigint[]))").setParameter(1, accountIds.toArray(Long[]::new))
                .getResultList();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }

    /** Every request there is (the statistics compare it with the requests they count). */
    public long count() {
        return em.createQuery("select count(r) from DisclosureRequest r", Long.class).getSingleResult();
    }
}
