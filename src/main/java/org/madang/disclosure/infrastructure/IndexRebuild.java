package org.madang.disclosure.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.madang.disclosure.domain.Publication;

import java.util.List;

/** The search index rebuilt from the database, one short transaction per batch. */
@Stateless
public class IndexRebuild {
    static final int BATCH = 250;

    @Inject
    PublicationRepository repo;
    @Inject
    PublicationSearch search;
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] counts() {
        return new long[] {repo.count(), search.indexedCount()};
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge() {
        Search.session(em).workspace(Publication.class).purge();
    }

    /** Indexes the next batch after {@code afterId}; returns its ids (empty: done). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> next(long afterId) {
        List<Long> ids = repo.idsAfter(afterId, BATCH);
        repo.reindex(ids);
        return ids;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flush() {
        Search.session(em).workspace(Publication.class).flush();
    }
}
