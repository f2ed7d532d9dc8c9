package org.madang.knowledge.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.knowledge.infrastructure.UseFigures;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Use of the knowledge base per department, for the performance dashboard: articles in force and
 * their views to date; in the period, cases an article was used for, cases decided with one, and
 * "was this helpful" answers. Counts only, nothing about a person or a case.
 */
@Stateless
@PermitAll
public class KnowledgeFigures {
    public record DepartmentUse(long departmentId, long articlesInForce, long views, long casesUsed,
                                long casesDecidedWith, long helpful, long notHelpful) implements Serializable {
    }

    @Inject
    UseFigures figures;

    /** Every department with articles or use, by id; the period is [from, to). */
    public List<DepartmentUse> perDepartment(Instant from, Instant to) {
        return figures.byDepartment(from, to).entrySet().stream().map(e -> {
            UseFigures.Counts c = e.getValue();
            return new DepartmentUse(e.getKey(), c.articlesInForce, c.views, c.casesUsed, c.casesDecidedWith,
                    c.helpful, c.notHelpful);
        }).toList();
    }
}
