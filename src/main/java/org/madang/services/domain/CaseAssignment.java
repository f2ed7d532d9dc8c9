package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * Who holds an application: the department it is routed to and the officer handling it. It also
 * answers the two questions every officer's command asks first: is this my department's case, and
 * am I the one handling it (or the department's supervisor)?
 */
@Embeddable
public class CaseAssignment {
    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "assignee_name", length = 100)
    private String assigneeName;

    protected CaseAssignment() {
    }

    static CaseAssignment unrouted() {
        return new CaseAssignment();
    }

    void routeTo(long department) {
        departmentId = department;
        handOver(null, null);
    }

    void handOver(Long officerId, String officerName) {
        assigneeId = officerId;
        assigneeName = officerName;
    }

    /** An officer of another department may neither see nor act on the case. */
    void requireDepartment(CaseActor officer) {
        if (departmentId == null || departmentId != officer.departmentId()) {
            throw new CaseOutsideDepartment();
        }
    }

    /** Decisions belong to the officer holding the file, or to the department's supervisor. */
    void requireHandler(CaseActor officer) {
        requireDepartment(officer);
        if (!officer.supervisor() && !Objects.equals(assigneeId, officer.accountId())) {
            throw new CaseNotAssigned();
        }
    }

    public boolean isHandledBy(long accountId) {
        return assigneeId != null && assigneeId == accountId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getAssigneeName() {
        return assigneeName;
    }
}
