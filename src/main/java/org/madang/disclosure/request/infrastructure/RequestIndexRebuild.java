package org.madang.disclosure.request.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/** The requests' search index rebuilt from the database, one short transaction per batch. */
@Stateless
public class RequestIndexRebuild {
    static final int BATCH = 500;

    @Inject
    DisclosureRequestRepository requests;

    /** The requests in the database and in the index. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] counts() {
        return new long[] {requests.count(), requests.indexedCount()};
    }

    /** Indexes the next batch after {@code afterId}; returns its ids (empty: done). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> next(long afterId) {
        return requests.reindexAfter(afterId, BATCH);
    }
}
