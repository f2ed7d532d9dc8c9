package org.madang.services.bundle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** The Idempotency-Key register of the filing API: what a key already filed, and with which request. */
@ApplicationScoped
public class IdempotencyRegister {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public record Entry(String requestHash, String kind, String reference) {
    }

    public Optional<Entry> find(long accountId, String key) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery(
                        "select request_hash, kind, reference from api_idempotency where account_id = ?1 and idem_key = ?2")
                .setParameter(1, accountId).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Entry((String) r[0], (String) r[1], (String) r[2]));
    }

    /**
     * Records what the key filed, in the filing's own transaction. Two concurrent requests with one
     * key both reach this insert; the primary key lets one commit and the other roll back whole.
     */
    public void remember(long accountId, String key, String requestHash, String kind, String reference, Instant now) {
        em.createNativeQuery("insert into api_idempotency (account_id, idem_key, request_hash, kind, reference, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, accountId).setParameter(2, key).setParameter(3, requestHash).setParameter(4, kind)
                .setParameter(5, reference).setParameter(6, now).executeUpdate();
    }
}
