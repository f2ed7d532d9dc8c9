package org.madang.services.domain;

/** A civil service or its form was created, changed or removed: cached copies of the catalogue are stale. */
public record CatalogueChanged() {
}
