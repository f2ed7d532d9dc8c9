package org.madang.services.domain;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Announces every write to a catalogue entity, whoever makes it (loader, future editor, a test),
 * so the cache cannot be forgotten. Called from the entities' own JPA callbacks: an
 * {@code @EntityListeners} class would be resolved through CDI while the persistence unit starts,
 * before Liberty's BeanManager is ready (Hibernate's NotYetReadyException). Observers that care
 * about commit ordering use TransactionPhase.AFTER_SUCCESS.
 */
final class CatalogueChanges {
    private CatalogueChanges() {
    }

    static void announce() {
        CDI.current().getBeanManager().getEvent().fire(new CatalogueChanged());
    }
}
