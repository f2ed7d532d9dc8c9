package org.madang.knowledge.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.madang.knowledge.domain.Article;

import java.util.List;

/** The article index rebuilt from the database, one short transaction per batch. */
@Stateless
public class KnowledgeIndexBatches {
    static final int BATCH = 200;

    @Inject
    ArticleRepository repo;
    @Inject
    ArticleSearch search;
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /** Articles in the database and in the index. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] counts() {
        return new long[] {repo.count(), search.indexedCount()};
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge() {
        Search.session(em).workspace(Article.class).purge();
    }

    /** Indexes the batch after {@code afterId}; returns its ids (empty: done). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> next(long afterId) {
        List<Long> ids = repo.idsAfter(afterId, BATCH);
        repo.reindex(ids);
        return ids;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flush() {
        Search.session(em).workspace(Article.class).flush();
    }
}
