package org.madang.services.sharing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.services.sharing.domain.SharedDocument;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Government-record attachments, and the count of documents nobody had to bring on paper. */
@ApplicationScoped
public class SharedDocumentRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public void add(SharedDocument d) {
        em.persist(d);
        em.flush(); // the one-live-choice-per-question index is checked now
    }

    public Optional<SharedDocument> find(long id) {
        return Optional.ofNullable(em.find(SharedDocument.class, id));
    }

    public List<SharedDocument> onApplication(long applicationId) {
        return em.createQuery("select d from SharedDocument d where d.applicationId = :a order by d.id",
                SharedDocument.class).setParameter("a", applicationId).getResultList();
    }

    /** The FILE questions of an application answered from government records (still in force). */
    public Set<String> answeredFieldKeys(long applicationId) {
        return onApplication(applicationId).stream().filter(SharedDocument::isActive)
                .map(SharedDocument::getFieldKey).collect(Collectors.toSet());
    }

    /**
     * Per service: documents that were not submitted on paper (attached from government records
     * and still in force on a filed application). Rows are {service id, count}.
     */
    public List<Object[]> paperlessPerService() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.service_id, count(*) from application_shared_document d "
                + "join application a on a.id = d.application_id "
                + "where d.withdrawn_at is null and (a.number is not null or a.status = 'AWAITING_PREREQUISITE') group by d.service_id order by d.service_id")
                .getResultList();
        return rows;
    }
}
