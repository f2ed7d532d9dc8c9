package org.madang.performance.portfolio.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After migrations and demo data: when the task index does not hold as many tasks as the database
 * (a new server, a lost index folder), it is rebuilt; the table is small, so in one transaction.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class TaskIndexStartup {
    private static final Logger LOG = Logger.getLogger(TaskIndexStartup.class.getName());

    @Inject
    TaskRepository tasks;
    @Inject
    TaskSearch search;

    @PostConstruct
    void check() {
        try {
            long inDatabase = tasks.count();
            long indexed = search.indexedCount();
            if (inDatabase != indexed) {
                search.rebuild(tasks.all());
                LOG.info("task index rebuilt: " + inDatabase + " tasks (" + indexed + " were indexed)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "task index could not be checked; the overlap check may miss tasks", e);
        }
    }
}
