package org.madang.services.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.services.application.CatalogueSnapshot;
import org.madang.services.application.CatalogueViews;
import org.madang.services.domain.CivilService;

import java.util.List;
import java.util.Optional;

/** Catalogue entities in the database. */
@Stateless
public class CatalogueRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /**
     * The whole catalogue as read models, in a transaction of its own: the lazy collections load,
     * and the snapshot that will be cached holds committed data only, never a caller's
     * uncommitted change that might still roll back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CatalogueSnapshot loadSnapshot() {
        List<CivilService> services = em.createQuery("select s from CivilService s order by s.id", CivilService.class)
                .getResultList();
        return CatalogueViews.snapshot(services);
    }

    public Optional<CivilService> findByCode(String code) {
        return em.createQuery("select s from CivilService s where s.code = :c", CivilService.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(s) from CivilService s", Long.class).getSingleResult();
    }

    public void add(CivilService service) {
        em.persist(service);
    }
}
