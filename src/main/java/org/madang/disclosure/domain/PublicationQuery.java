package org.madang.disclosure.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A search over published items: words (may be empty: everything), facet filters, order, and a
 * page given either by offset or by a cursor (the last item of the previous page, date order).
 */
public record PublicationQuery(String text, Set<String> agencies, Set<PublicationCategory> categories,
                               Set<PublicationType> types, Set<FileFormat> formats, Set<Integer> years,
                               Order order, int offset, int limit, After after) {
    public enum Order { RELEVANCE, DATE }

    /** Date order's position: items published before this moment, or at it with a smaller id. */
    public record After(Instant publishedAt, long id) {
    }

    public PublicationQuery {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        types = types == null ? Set.of() : Set.copyOf(types);
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        years = years == null ? Set.of() : Set.copyOf(years);
        order = order == null ? (text == null || text.isBlank() ? Order.DATE : Order.RELEVANCE) : order;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
