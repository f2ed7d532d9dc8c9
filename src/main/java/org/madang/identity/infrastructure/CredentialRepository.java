package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.identity.domain.ApiToken;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Password history, API tokens, session validity and failed sign-ins by address. */
@ApplicationScoped
public class CredentialRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** The hashes of the passwords the account used before its current one, newest first. */
    @SuppressWarnings("unchecked")
    public List<String> previousPasswordHashes(long accountId, int max) {
        return em.createNativeQuery("select password_hash from password_history where account_id = ?1 "
                + "order by replaced_at desc, id desc").setParameter(1, accountId).setMaxResults(max).getResultList();
    }

    /** Keeps a replaced password's hash, and only the newest {@code keep} of them. */
    public void rememberReplacedPassword(long accountId, String hash, Instant at, int keep) {
        em.createNativeQuery("insert into password_history (account_id, password_hash, replaced_at) values (?1, ?2, ?3)")
                .setParameter(1, accountId).setParameter(2, hash).setParameter(3, at).executeUpdate();
        em.createNativeQuery("delete from password_history where account_id = ?1 and id not in (select id from "
                        + "password_history where account_id = ?1 order by replaced_at desc, id desc limit ?2)")
                .setParameter(1, accountId).setParameter(2, keep).executeUpdate();
    }

    /** Stores a new API token and writes it now, so its id is known. */
    public void add(ApiToken t) {
        em.persist(t);
        em.flush();
    }

    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public Optional<ApiToken> findTokenByJti(String jti) {
        return em.createQuery("select t from ApiToken t where t.jti = :j", ApiToken.class)
                .setParameter("j", jti).getResultStream().findFirst();
    }

    /** The account's API tokens, newest first (revoked and expired ones included). */
    public List<ApiToken> tokensOf(long accountId) {
        return em.createQuery("select t from ApiToken t where t.accountId = :me order by t.issuedAt desc",
                ApiToken.class).setParameter("me", accountId).getResultList();
    }

    /** Revokes every API token of the account still usable; returns how many. */
    public int revokeTokensOf(long accountId, Instant now) {
        return em.createQuery("update ApiToken t set t.revokedAt = :now, t.version = t.version + 1 "
                        + "where t.accountId = :a and t.revokedAt is null and t.expiresAt > :now")
                .setParameter("now", now).setParameter("a", accountId).executeUpdate();
    }

    /** The account's session epoch if it is active; empty for a disabled, closed or unknown account. */
    public Optional<Integer> activeSessionEpoch(long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select session_epoch from account where id = ?1 and status = 'ACTIVE'")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(Number::intValue);
    }

    public void recordFailure(String address, Long accountId, Instant at) {
        em.createNativeQuery("insert into sign_in_failure (address, account_id, failed_at) values (?1, ?2, ?3)")
                .setParameter(1, address).setParameter(2, accountId).setParameter(3, at).executeUpdate();
        // a day is far longer than any delay or window: older rows serve nothing
        em.createNativeQuery("delete from sign_in_failure where failed_at < ?1")
                .setParameter(1, at.minus(1, ChronoUnit.DAYS)).executeUpdate();
    }

    /** The failures from an address since {@code since}: how many, and the time of the last. */
    public AddressFailures failuresFrom(String address, Instant since) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), max(failed_at) from sign_in_failure "
                + "where address = ?1 and failed_at > ?2").setParameter(1, address).setParameter(2, since).getSingleResult();
        return new AddressFailures(((Number) r[0]).longValue(), toInstant(r[1]));
    }

    public long failuresOfAccountFrom(long accountId, String address, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from sign_in_failure where account_id = ?1 "
                        + "and address = ?2 and failed_at > ?3").setParameter(1, accountId).setParameter(2, address)
                .setParameter(3, since).getSingleResult()).longValue();
    }

    private static Instant toInstant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass().getName());
    }

    public record AddressFailures(long count, Instant last) {
    }
}
