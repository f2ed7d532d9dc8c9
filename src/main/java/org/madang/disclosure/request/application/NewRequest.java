package org.madang.disclosure.request.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.disclosure.request.domain.Delivery;
import org.madang.disclosure.request.domain.RequestDetails;
import org.madang.disclosure.request.domain.RequestForm;

import java.io.Serializable;

/**
 * What a requester files: the department asked, the subject and description, the form and
 * delivery wanted, a fee waiver's reason (blank: none claimed), whether the subject stays out of
 * the public log, and the business asked for (null: in one's own name).
 */
public record NewRequest(long departmentId, @Size(max = RequestDetails.SUBJECT_MAX) String subject,
                         @Size(max = RequestDetails.TEXT_MAX) String description, @NotNull RequestForm form,
                         @NotNull Delivery delivery, @Size(max = RequestDetails.TEXT_MAX) String feeWaiverReason,
                         boolean subjectPrivate, Long businessId) implements Serializable {
}
