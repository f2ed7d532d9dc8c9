package org.madang.services.application;

import java.time.Instant;

/**
 * A filed application came to its end (approved, rejected or withdrawn): fired in the ending
 * transaction, for whoever asks the applicant how it went. It may be fired more than once for the
 * same ending (every later notice repeats it); listeners act once per ending.
 */
public record ApplicationEnded(long applicationId, String receiptNumber, long applicantId, long serviceId,
                               long departmentId, ApplicationProgressed.Stage ending, Instant endedAt) {
}
