package org.madang.performance.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.madang.performance.portfolio.domain.PortfolioTask;
import org.madang.performance.portfolio.domain.TaskEvaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The portfolio's tasks (tens to a few hundred: read whole). */
@ApplicationScoped
public class TaskRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public Optional<PortfolioTask> find(long id) {
        return Optional.ofNullable(em.find(PortfolioTask.class, id));
    }

    /** For a command: the task locked, so two committee members cannot approve or evaluate it at once. */
    public Optional<PortfolioTask> lock(long id) {
        return Optional.ofNullable(em.find(PortfolioTask.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    }

    public PortfolioTask add(PortfolioTask task) {
        em.persist(task);
        em.flush();
        return task;
    }

    /**
     * Writes pending changes now. Hibernate inserts before it updates, so a new version proposed in
     * the transaction that approved the one before would meet the "one version awaiting approval"
     * index while the old row still says PROPOSED (only the demo history does both at once).
     */
    public void flush() {
        em.flush();
    }

    public List<PortfolioTask> all() {
        return em.createQuery("select t from PortfolioTask t order by t.id", PortfolioTask.class).getResultList();
    }

    public List<PortfolioTask> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from PortfolioTask t where t.id in :ids", PortfolioTask.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<PortfolioTask> byAgency(String agency) {
        return em.createQuery("select t from PortfolioTask t where t.leadAgency = :a order by t.id", PortfolioTask.class)
                .setParameter("a", agency).getResultList();
    }

    /** Every evaluation (the grades are ranks within a year and type, so they are read together). */
    public List<TaskEvaluation> evaluations() {
        return em.createQuery("select e from TaskEvaluation e join fetch e.task order by e.year, e.id",
                TaskEvaluation.class).getResultList();
    }

    public Optional<PortfolioTask> findByTitle(String title) {
        return em.createQuery("select t from PortfolioTask t where t.title = :t", PortfolioTask.class)
                .setParameter("t", title).getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(t) from PortfolioTask t", Long.class).getSingleResult();
    }
}
