package org.madang.privacy.infrastructure;

import org.madang.privacy.domain.AccessEmbargo;
import org.madang.privacy.domain.AccessQuestion;
import org.madang.privacy.domain.Consent;
import org.madang.privacy.domain.DataRequest;
import org.madang.privacy.domain.PrivacyPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.platform.error.NotFound;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The privacy context's own records besides the log: questions, consents, requests, embargoes, preferences. */
@ApplicationScoped
public class PrivacyRecords {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public <T> T add(T record) {
        em.persist(record);
        em.flush(); // ids are read right away (links, audit targets)
        return record;
    }

    // --- questions -----------------------------------------------------------------------

    public AccessQuestion question(long id) {
        return Optional.ofNullable(em.find(AccessQuestion.class, id))
                .orElseThrow(() -> new NotFound("privacy.question.notFound"));
    }

    public List<AccessQuestion> questionsOf(long subject) {
        return em.createQuery("select q from AccessQuestion q where q.subjectAccountId = :s order by q.askedAt desc",
                AccessQuestion.class).setParameter("s", subject).getResultList();
    }

    /** The questions the given agencies must answer: open ones first, soonest due first. */
    public List<AccessQuestion> questionsFor(Collection<String> agencyCodes, int max) {
        return em.createQuery("select q from AccessQuestion q where q.agencyCode in :a"
                        + " order by case when q.status = org.madang.privacy.domain.AccessQuestion.Status.OPEN"
                        + " then 0 else 1 end, q.dueAt, q.id desc", AccessQuestion.class)
                .setParameter("a", agencyCodes).setMaxResults(max).getResultList();
    }

    public Optional<AccessQuestion> openQuestion(long subject, long sequence) {
        return em.createQuery("select q from AccessQuestion q where q.subjectAccountId = :s and q.accessSequence = :q"
                        + " and q.status = org.madang.privacy.domain.AccessQuestion.Status.OPEN", AccessQuestion.class)
                .setParameter("s", subject).setParameter("q", sequence).getResultStream().findFirst();
    }

    // --- consents ------------------------------------------------------------------------

    public Consent consent(long id) {
        return Optional.ofNullable(em.find(Consent.class, id))
                .orElseThrow(() -> new NotFound("consent.notFound"));
    }

    public List<Consent> consentsOf(long account) {
        return em.createQuery("select c from Consent c where c.accountId = :a order by c.givenAt desc, c.id desc",
                Consent.class).setParameter("a", account).getResultList();
    }

    /** Consents in force for this scope, read from the database on every call: a withdrawal counts at once. */
    public List<Consent> activeConsents(long account, String scope) {
        return em.createQuery("select c from Consent c where c.accountId = :a and c.scope = :s"
                        + " and c.withdrawnAt is null", Consent.class)
                .setParameter("a", account).setParameter("s", scope).getResultList();
    }

    // --- requests ------------------------------------------------------------------------

    public DataRequest request(long id) {
        return Optional.ofNullable(em.find(DataRequest.class, id))
                .orElseThrow(() -> new NotFound("privacy.correction.notFound"));
    }

    public List<DataRequest> requestsOf(long account) {
        return em.createQuery("select r from DataRequest r where r.accountId = :a order by r.requestedAt desc",
                DataRequest.class).setParameter("a", account).getResultList();
    }

    /** Correction requests: open ones first, soonest due first, then the latest decided. */
    public List<DataRequest> corrections(int max) {
        return em.createQuery("select r from DataRequest r where r.kind = org.madang.privacy.domain.DataRequest.Kind"
                        + ".CORRECTION order by case when r.status = org.madang.privacy.domain.DataRequest.Status.OPEN"
                        + " then 0 else 1 end, r.dueAt, r.id desc", DataRequest.class)
                .setMaxResults(max).getResultList();
    }

    // --- embargoes -----------------------------------------------------------------------

    public AccessEmbargo embargo(long id) {
        return Optional.ofNullable(em.find(AccessEmbargo.class, id))
                .orElseThrow(() -> new NotFound("privacy.embargo.notFound"));
    }

    /** Embargoes that hold now, soonest to lift first. */
    public List<AccessEmbargo> activeEmbargoes(Instant now, int max) {
        return em.createQuery("select b from AccessEmbargo b where b.liftedAt is null and b.liftsAt > :now"
                        + " order by b.liftsAt", AccessEmbargo.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    // --- preferences ---------------------------------------------------------------------

    public Optional<PrivacyPreference> preference(long account) {
        return Optional.ofNullable(em.find(PrivacyPreference.class, account));
    }
}
