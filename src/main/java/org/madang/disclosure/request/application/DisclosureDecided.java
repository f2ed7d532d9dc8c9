package org.madang.disclosure.request.application;

import java.time.Instant;

/**
 * A disclosure request was decided (disclosure, partial, non-disclosure or not held): fired in the
 * deciding transaction, for whoever asks the requester how it went.
 */
public record DisclosureDecided(long requestId, String requestNumber, long requesterId, long departmentId,
                                String decision, Instant decidedAt) {
}
