package org.madang.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.madang.disclosure.domain.Publication;
import org.madang.disclosure.domain.PublicationStatus;
import org.madang.disclosure.domain.PublicationType;
import org.madang.disclosure.domain.PublicationVersion;
import org.madang.disclosure.domain.PublicationsChanged;
import org.madang.platform.error.NotFound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JPA queries of publications; every change is also handed to the search index in the same transaction. */
@ApplicationScoped
public class PublicationRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;
    @Inject
    Event<PublicationsChanged> changes;

    public Optional<Publication> find(long id) {
        return Optional.ofNullable(em.find(Publication.class, id));
    }

    public Publication get(long id) {
        return find(id).orElseThrow(() -> new NotFound("open.publication.notFound"));
    }

    public Publication add(Publication p) {
        em.persist(p);
        em.flush();
        return p;
    }

    /** After a command: the index gets the new state when the transaction commits (and not if it rolls back). */
    public void changed(Publication p) {
        em.flush();
        Search.session(em).indexingPlan().addOrUpdate(p);
        changes.fire(new PublicationsChanged(p.getId()));
    }

    public Optional<PublicationVersion> findVersion(long publicationId, int number) {
        return em.createQuery("select v from PublicationVersion v where v.publication.id = :p and v.number = :n",
                        PublicationVersion.class)
                .setParameter("p", publicationId).setParameter("n", number).getResultStream().findFirst();
    }

    /** A department's items, newest change first (the publisher's list). */
    public List<Publication> ofDepartment(long departmentId, int max) {
        return em.createQuery("select p from Publication p where p.departmentId = :d order by p.updatedAt desc, p.id desc",
                Publication.class).setParameter("d", departmentId).setMaxResults(max).getResultList();
    }

    /** Published datasets (date reached), newest first: the DCAT catalogue. */
    public List<Publication> publicDatasets(Instant now) {
        return em.createQuery("select distinct p from Publication p join fetch p.versions where p.status = :s "
                        + "and p.kind = :k and p.publishedAt <= :now order by p.publishedAt desc, p.id desc", Publication.class)
                .setParameter("s", PublicationStatus.PUBLISHED).setParameter("k", PublicationType.DATASET)
                .setParameter("now", now).getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from Publication p", Long.class).getSingleResult();
    }

    /** Ids after {@code afterId}, in order: the index is rebuilt one batch at a time. */
    public List<Long> idsAfter(long afterId, int batch) {
        return em.createQuery("select p.id from Publication p where p.id > :a order by p.id", Long.class)
                .setParameter("a", afterId).setMaxResults(batch).getResultList();
    }

    /** Adds the given items to the index (loaded with their versions), at commit. */
    public void reindex(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Publication> ps = em.createQuery("select distinct p from Publication p left join fetch p.versions "
                + "where p.id in :ids", Publication.class).setParameter("ids", ids).getResultList();
        var plan = Search.session(em).indexingPlan();
        ps.forEach(plan::addOrUpdate);
    }

    /**
     * Holds a database-wide lock until the transaction ends: demo data is loaded by one application
     * at a time (the tests deploy a second copy of the portal beside the first, on the same database).
     */
    public void lockForDemoData() {
        em.createNativeQuery("select pg_advisory_xact_lock(120712)").getSingleResult();
    }

    public Optional<Publication> findByTitle(String titleKo) {
        return em.createQuery("select p from Publication p where p.titleKo = :t", Publication.class)
                .setParameter("t", titleKo).getResultStream().findFirst();
    }
}
