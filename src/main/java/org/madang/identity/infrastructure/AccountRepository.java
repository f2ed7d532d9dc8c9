package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Agency;
import org.madang.identity.domain.Business;
import org.madang.identity.domain.BusinessRegistrationNumber;
import org.madang.identity.domain.Department;
import org.madang.identity.domain.Mandate;
import org.madang.identity.domain.VerificationChange;
import org.madang.platform.error.ChangedMeanwhile;
import org.madang.platform.error.NotFound;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** JPA queries of the identity context. */
@ApplicationScoped
public class AccountRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** Stores a new account and writes it now, so its id is known and a taken e-mail is refused here. */
    public void add(Account a) {
        em.persist(a);
        em.flush();
    }

    /** Stores a new agency and writes it now, so its id is known and a taken code is refused here. */
    public void add(Agency a) {
        em.persist(a);
        em.flush();
    }

    /** Stores a new department and writes it now, so its id is known and a taken code is refused here. */
    public void add(Department d) {
        em.persist(d);
        em.flush();
    }

    /** Stores a business met for the first time (written with the mandate that names it). */
    public void add(Business b) {
        em.persist(b);
    }

    /** Stores a new mandate (and a new business it names) and writes it now, so its id is known. */
    public void add(Mandate m) {
        em.persist(m);
        em.flush();
    }

    public Optional<Account> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", email.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<Account> findAccount(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account getAccount(long id) {
        return findAccount(id).orElseThrow(() -> new NotFound("identity.account.notFound"));
    }

    public List<Account> search(String query, String role, int max) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        String jpql = "select distinct a from Account a left join a.roles r where "
                + "(:q = '' or lower(a.name) like :like or a.email like :like)"
                + (role == null || role.isBlank() ? "" : " and r = :role")
                + " order by a.name";
        var tq = em.createQuery(jpql, Account.class)
                .setParameter("q", q)
                .setParameter("like", "%" + q.replace("%", "\\%").replace("_", "\\_") + "%")
                .setMaxResults(max);
        if (role != null && !role.isBlank()) {
            tq.setParameter("role", role);
        }
        return tq.getResultList();
    }

    public List<Account> membersOf(long departmentId) {
        return em.createQuery("select a from Account a where a.department.id = :d order by a.name", Account.class)
                .setParameter("d", departmentId).getResultList();
    }

    public List<Agency> agencies() {
        return em.createQuery("select distinct a from Agency a left join fetch a.departments order by a.code",
                Agency.class).getResultList();
    }

    public Optional<Agency> findAgency(String code) {
        return em.createQuery("select a from Agency a where a.code = :c", Agency.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Agency getAgency(long id) {
        return Optional.ofNullable(em.find(Agency.class, id))
                .orElseThrow(() -> new NotFound("identity.agency.notFound"));
    }

    public Optional<Department> findDepartment(long id) {
        return Optional.ofNullable(em.find(Department.class, id));
    }

    public Department getDepartment(long id) {
        return findDepartment(id).orElseThrow(() -> new NotFound("identity.department.notFound"));
    }

    public Optional<Department> findDepartment(String agencyCode, String code) {
        return em.createQuery("select d from Department d where d.agency.code = :a and d.code = :c", Department.class)
                .setParameter("a", agencyCode).setParameter("c", code).getResultStream().findFirst();
    }

    /** Ids of the active accounts holding {@code role} in a department of the agency, in id order. */
    public List<Long> activeHoldersOf(String role, String agencyCode) {
        return em.createQuery("select distinct a.id from Account a join a.roles r"
                        + " where r = :role and a.department.agency.code = :agency"
                        + " and a.status = org.madang.identity.domain.AccountStatus.ACTIVE order by a.id", Long.class)
                .setParameter("role", role).setParameter("agency", agencyCode).getResultList();
    }

    public List<Department> departments() {
        return em.createQuery("select d from Department d join fetch d.agency ag order by ag.code, d.code",
                Department.class).getResultList();
    }

    public Optional<Business> findBusiness(long id) {
        return Optional.ofNullable(em.find(Business.class, id));
    }

    public Optional<Business> findBusiness(BusinessRegistrationNumber n) {
        return em.createQuery("select b from Business b where b.registrationNumber = :n", Business.class)
                .setParameter("n", n).getResultStream().findFirst();
    }

    /**
     * Writes the pending changes now, so that a change someone else committed meanwhile (a newer
     * version of the same row) is refused inside the call, as a translated message.
     */
    public void flushRefusingStale() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile();
        }
    }

    /** The account's verification level changes, oldest first. */
    public List<VerificationChange> verificationHistory(Account a) {
        return em.createQuery("select c from VerificationChange c where c.account = :a order by c.changedAt",
                VerificationChange.class).setParameter("a", a).getResultList();
    }

    public Mandate getMandate(long id) {
        return Optional.ofNullable(em.find(Mandate.class, id))
                .orElseThrow(() -> new NotFound("identity.mandate.notFound"));
    }

    public List<Mandate> mandatesOf(long accountId) {
        return em.createQuery("select m from Mandate m where m.representative.id = :a order by m.requestedAt desc",
                Mandate.class).setParameter("a", accountId).getResultList();
    }

    public List<Mandate> mandates(Mandate.Status status) {
        return em.createQuery("select m from Mandate m where (:s is null or m.status = :s) order by m.requestedAt desc",
                Mandate.class).setParameter("s", status).setMaxResults(200).getResultList();
    }

    public boolean hasLiveMandate(long businessId, long accountId) {
        return !em.createQuery("select m.id from Mandate m where m.business.id = :b and m.representative.id = :a "
                        + "and m.status in (org.madang.identity.domain.Mandate.Status.REQUESTED, "
                        + "org.madang.identity.domain.Mandate.Status.APPROVED)", Long.class)
                .setParameter("b", businessId).setParameter("a", accountId).getResultList().isEmpty();
    }
}
