package org.madang.performance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.madang.performance.domain.Survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The satisfaction questions and answers. */
@ApplicationScoped
public class SurveyRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /**
     * Asks once: a new question for this subject and ending, or nothing when it was asked before
     * (the unique key decides, so two deliveries of the same ending at once still ask once).
     */
    @SuppressWarnings("unchecked")
    public Optional<Long> ask(Survey.Kind kind, long subjectId, String subjectRef, String ending, long respondentId,
                              Long serviceId, long departmentId, Instant now) {
        List<Number> id = ((org.hibernate.query.NativeQuery<Number>) em.createNativeQuery("insert into performance_survey (subject_kind, subject_id, subject_ref, "
                        + "ending, respondent_id, service_id, department_id, asked_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                        + "on conflict (subject_kind, subject_id, ending) do nothing returning id")
                .unwrap(org.hibernate.query.NativeQuery.class))
                .setParameter(1, kind.name()).setParameter(2, subjectId).setParameter(3, subjectRef)
                .setParameter(4, ending).setParameter(5, respondentId)
                // typed, so that a disclosure request's empty service binds as a null bigint
                .setParameter(6, serviceId, org.hibernate.type.StandardBasicTypes.LONG)
                .setParameter(7, departmentId).setParameter(8, now).getResultList();
        return id.stream().findFirst().map(Number::longValue);
    }

    /** The respondent's latest question about a case (by its receipt or request number), locked for answering. */
    public Optional<Survey> latest(long respondentId, String subjectRef) {
        return em.createQuery("select s from Survey s where s.respondentId = :r and s.subjectRef = :ref "
                        + "order by s.askedAt desc, s.id desc", Survey.class)
                .setParameter("r", respondentId).setParameter("ref", subjectRef).setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** The department's answered comments, newest first. */
    public List<Survey> comments(long departmentId, int limit) {
        return em.createQuery("select s from Survey s where s.departmentId = :d and s.comment is not null "
                        + "order by s.answeredAt desc, s.id desc", Survey.class)
                .setParameter("d", departmentId).setMaxResults(limit).getResultList();
    }

    /** Every answered question about an application (for a rebuild of the monthly aggregate). */
    public List<Survey> answeredAboutApplications() {
        return em.createQuery("select s from Survey s where s.kind = :k and s.answeredAt is not null and s.serviceId "
                + "is not null", Survey.class).setParameter("k", Survey.Kind.APPLICATION).getResultList();
    }

    /** Answers about disclosure requests per department: (department, answers, overall sum, ease sum, speed sum). */
    public List<Object[]> disclosureSatisfaction() {
        return em.createQuery("select s.departmentId, count(s), sum(s.overall), sum(s.ease), sum(s.speed) from Survey s "
                + "where s.kind = :k and s.answeredAt is not null group by s.departmentId", Object[].class)
                .setParameter("k", Survey.Kind.DISCLOSURE).getResultList();
    }
}
