package org.madang.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.services.domain.IssuanceNumber;
import org.madang.services.domain.IssuedDocument;
import org.madang.services.domain.IssuedDocumentFile;

import java.util.List;
import java.util.Optional;

/** JPA queries for issued documents and their files. */
@ApplicationScoped
public class IssuedDocumentRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public void add(IssuedDocument.Issued issued) {
        em.persist(issued.document());
        em.persist(issued.file());
        // flush now so that a clash of numbers (or any constraint) fails inside issue(), not at commit
        em.flush();
    }

    public boolean exists(IssuanceNumber number) {
        return em.find(IssuedDocument.class, number) != null;
    }

    public Optional<IssuedDocument> find(IssuanceNumber number) {
        return Optional.ofNullable(em.find(IssuedDocument.class, number));
    }

    /** The caller's documents, newest first. */
    public List<IssuedDocument> heldBy(long holderAccountId) {
        return em.createQuery("select d from IssuedDocument d where d.holderAccountId = :h order by d.issuedAt desc",
                IssuedDocument.class).setParameter("h", holderAccountId).getResultList();
    }

    public List<IssuedDocument> heldBy(long holderAccountId, String applicationNumber) {
        return em.createQuery("select d from IssuedDocument d where d.holderAccountId = :h"
                        + " and d.applicationNumber = :a order by d.issuedAt desc", IssuedDocument.class)
                .setParameter("h", holderAccountId).setParameter("a", applicationNumber).getResultList();
    }

    public List<IssuedDocument> issuedBy(long departmentId, String applicationNumber) {
        return em.createQuery("select d from IssuedDocument d where d.issuingDepartmentId = :dep"
                        + " and d.applicationNumber = :a order by d.issuedAt desc", IssuedDocument.class)
                .setParameter("dep", departmentId).setParameter("a", applicationNumber).getResultList();
    }

    /**
     * The file of {@code number} if, and only if, {@code holderAccountId} holds it. The holder is part
     * of the query itself, so a wrong caller gets nothing at all rather than bytes checked afterwards.
     */
    public Optional<IssuedDocumentFile> fileHeldBy(IssuanceNumber number, long holderAccountId) {
        return em.createQuery("select f from IssuedDocumentFile f where f.number = :n and f.holderAccountId = :h",
                        IssuedDocumentFile.class)
                .setParameter("n", number).setParameter("h", holderAccountId)
                .getResultStream().findFirst();
    }

    /** The file of a document issued by {@code departmentId} (for that department's own copy). */
    public Optional<IssuedDocumentFile> fileIssuedBy(IssuanceNumber number, long departmentId) {
        return em.createQuery("select f from IssuedDocumentFile f, IssuedDocument d where f.number = d.number"
                        + " and d.number = :n and d.issuingDepartmentId = :dep", IssuedDocumentFile.class)
                .setParameter("n", number).setParameter("dep", departmentId)
                .getResultStream().findFirst();
    }
}
