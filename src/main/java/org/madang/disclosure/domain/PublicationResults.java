package org.madang.disclosure.domain;

import java.util.List;
import java.util.Map;

/** A page of results, how many in all, and the facet counts over all of them. */
public record PublicationResults(long total, List<PublicationHit> hits, Map<String, Long> agencies,
                                 Map<String, Long> categories, Map<String, Long> types, Map<String, Long> formats,
                                 Map<Integer, Long> years) {
}
