package org.madang.services.application;

import org.madang.services.domain.ApplicationStatus;

import java.io.Serializable;

/**
 * How an officer narrows the department queue. A null status means every open case (received,
 * not yet decided or withdrawn); a null service means every service of the department.
 */
public record CaseQueueFilter(ApplicationStatus status, Long serviceId, boolean overdueOnly, boolean mineOnly)
        implements Serializable {
    public static CaseQueueFilter open() {
        return new CaseQueueFilter(null, null, false, false);
    }
}
