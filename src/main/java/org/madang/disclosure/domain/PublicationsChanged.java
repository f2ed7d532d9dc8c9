package org.madang.disclosure.domain;

/** Something published, replaced or withdrawn: pages kept of published information are out of date. */
public record PublicationsChanged(long publicationId) {
}
