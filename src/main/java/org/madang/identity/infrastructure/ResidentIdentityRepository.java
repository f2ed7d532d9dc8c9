package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.AccountStatus;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationLevel;
import org.madang.identity.domain.ResidentIdentity;
import org.madang.identity.domain.VerificationChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Resident identities, verification attempts and the duplicates found by the migration. */
@ApplicationScoped
public class ResidentIdentityRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** The identity with this hash, locked: two accounts verifying at once cannot both bind it. */
    public Optional<ResidentIdentity> findByHashForUpdate(String identityHash) {
        return em.createQuery("select r from ResidentIdentity r where r.identityHash = :h", ResidentIdentity.class)
                .setParameter("h", identityHash).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<ResidentIdentity> findByAccount(long accountId) {
        return em.createQuery("select r from ResidentIdentity r where r.accountId = :a", ResidentIdentity.class)
                .setParameter("a", accountId).getResultStream().findFirst();
    }

    /** Adds a new identity and writes it at once, so a concurrent duplicate fails on the unique hash here. */
    public void add(ResidentIdentity r) {
        em.persist(r);
        em.flush();
    }

    /** Keeps a verification level change (the account's history). */
    public void record(VerificationChange change) {
        em.persist(change);
    }

    public void flush() {
        em.flush();
    }

    public long attemptsByAccountSince(long accountId, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from verification_attempt where account_id = ?1 "
                + "and attempted_at > ?2").setParameter(1, accountId).setParameter(2, since).getSingleResult()).longValue();
    }

    public long attemptsByClaimSince(String claimHash, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from verification_attempt where claim_hash = ?1 "
                + "and attempted_at > ?2").setParameter(1, claimHash).setParameter(2, since).getSingleResult()).longValue();
    }

    public void recordAttempt(long accountId, String claimHash, Instant at, String outcome) {
        em.createNativeQuery("insert into verification_attempt (account_id, claim_hash, attempted_at, outcome) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, accountId).setParameter(2, claimHash).setParameter(3, at).setParameter(4, outcome)
                .executeUpdate();
    }

    /** The groups of duplicates the migration found: group number and account, by group. */
    public List<Duplicate> duplicates() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select group_no, account_id from resident_duplicate "
                + "order by group_no, account_id").getResultList();
        return rows.stream().map(r -> new Duplicate(((Number) r[0]).intValue(),
                em.find(Account.class, ((Number) r[1]).longValue()))).toList();
    }

    public record Duplicate(int group, Account account) {
    }

    /**
     * Ids of the active verified residents' accounts, one per resident (the account their identity
     * verifies), of {@code region} and born on or before {@code bornBy} where those are not null.
     */
    public List<Long> verifiedResidentAccounts(Region region, LocalDate bornBy) {
        String jpql = "select a.id from Account a, ResidentIdentity r where r.accountId = a.id"
                + " and a.verification = :v and a.status = :active"
                + (region == null ? "" : " and a.region = :r")
                + (bornBy == null ? "" : " and a.birthDate <= :born")
                + " order by a.id";
        var q = em.createQuery(jpql, Long.class)
                .setParameter("v", VerificationLevel.VERIFIED_RESIDENT)
                .setParameter("active", AccountStatus.ACTIVE);
        if (region != null) {
            q.setParameter("r", region);
        }
        if (bornBy != null) {
            q.setParameter("born", bornBy);
        }
        return q.getResultList();
    }

    /**
     * Accounts verified before identity hashes existed (their number never kept) whose registry
     * details are these: the same person, as far as the portal can tell, until the holder confirms.
     * The match is the one the identity migration used to list duplicates.
     */
    public List<Account> unconfirmedVerifiedLike(String name, LocalDate birthDate, Region region, long except) {
        return em.createQuery("select a from Account a, ResidentIdentity r where r.accountId = a.id"
                        + " and r.identityHash is null and a.verification = :v and a.id <> :except"
                        + " and lower(trim(a.name)) = :name and a.birthDate = :born and a.region = :region"
                        + " order by a.id", Account.class)
                .setParameter("v", VerificationLevel.VERIFIED_RESIDENT)
                .setParameter("except", except)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("born", birthDate)
                .setParameter("region", region)
                .getResultList();
    }

    /** Whether an account's identity is known by its hash (false for accounts verified before hashes). */
    public boolean isConfirmed(long accountId) {
        return findByAccount(accountId).map(ResidentIdentity::isConfirmed).orElse(false);
    }

    /**
     * The resident key of an account that is active, a verified resident and the account its
     * identity verifies; empty for any other.
     */
    public Optional<UUID> residentKeyOf(Account a) {
        if (a.getStatus() != AccountStatus.ACTIVE || a.getVerification() != VerificationLevel.VERIFIED_RESIDENT) {
            return Optional.empty();
        }
        return findByAccount(a.getId()).map(ResidentIdentity::getResidentKey);
    }

}
