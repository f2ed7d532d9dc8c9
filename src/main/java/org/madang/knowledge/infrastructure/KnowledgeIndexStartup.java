package org.madang.knowledge.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After migrations and demo data: when the article index does not hold as many articles as the
 * database (a new server, a lost index folder, a second copy of the portal on the same database),
 * it is rebuilt in the background; suggestions come from the part already indexed meanwhile.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KnowledgeIndexStartup {
    private static final Logger LOG = Logger.getLogger(KnowledgeIndexStartup.class.getName());

    @Inject
    KnowledgeIndexBatches batches;
    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void check() {
        try {
            long[] c = batches.counts();
            if (c[0] == c[1]) {
                LOG.info("knowledge index: " + c[1] + " articles, in step with the database");
                return;
            }
            LOG.info("knowledge index: " + c[1] + " indexed, " + c[0] + " in the database; rebuilding");
            executor.submit(this::rebuild);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "knowledge index could not be checked; suggestions may miss articles", e);
        }
    }

    private void rebuild() {
        try {
            long start = System.nanoTime();
            long done = 0;
            long after = 0;
            batches.purge();
            List<Long> ids;
            while (!(ids = batches.next(after)).isEmpty()) {
                done += ids.size();
                after = ids.get(ids.size() - 1);
            }
            batches.flush();
            LOG.info(String.format(java.util.Locale.ROOT, "knowledge index rebuilt: %d articles in %.1f s", done,
                    (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "knowledge index rebuild failed", e);
        }
    }
}
