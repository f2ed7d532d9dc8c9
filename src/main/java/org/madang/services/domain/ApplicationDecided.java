package org.madang.services.domain;

/**
 * An application reached an end: approved, rejected or withdrawn. Fired (synchronously, inside
 * the deciding transaction) so that what waits on it — a bundle part held for its prerequisite —
 * moves in the same transaction or not at all.
 */
public record ApplicationDecided(long applicationId, ApplicationStatus status) {
}
