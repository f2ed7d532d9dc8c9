package org.madang.disclosure.application;

import java.time.Instant;
import java.util.List;

/**
 * Datasets another part of the portal publishes from its own live records (the performance
 * indicators), listed in the open-data catalogue beside the agencies' uploaded datasets. Each
 * context that has some provides a CDI bean of this type; the catalogue asks every one.
 */
public interface CatalogueContribution {
    List<ExternalDataset> datasets();

    /** A dataset served by the portal's own API: paths are relative to the API root ("/performance/…"). */
    record ExternalDataset(String identifier, String titleKo, String titleEn, String summaryKo, String summaryEn,
                           List<String> keywords, String publisherKo, String publisherEn, Instant issued,
                           Instant modified, String landingPath, List<Distribution> distributions) {
    }

    /** One download of it; {@code fileType} is the EU file-type code (CSV, JSON). */
    record Distribution(String apiPath, String fileType, String mediaType) {
    }
}
