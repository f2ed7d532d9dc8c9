package org.madang.disclosure.application;

import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationQuery;
import org.madang.disclosure.domain.PublicationQuery.After;
import org.madang.disclosure.domain.PublicationQuery.Order;
import org.madang.disclosure.domain.PublicationType;
import org.madang.platform.error.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what a page or an API caller sent (strings) into a query, refusing with the field named:
 * an unknown filter value, a malformed cursor, a query too long or with no word in it.
 */
public final class SearchRequests {
    public static final int MAX_QUERY = 200;
    public static final int MAX_PAGE_SIZE = 100;

    private SearchRequests() {
    }

    /** The raw request. Null or empty collections mean "no filter". */
    public record Raw(String q, Collection<String> agencies, Collection<String> categories, Collection<String> types,
                      Collection<String> formats, Collection<String> years, String sort, int offset, int limit,
                      String cursor) {
    }

    static PublicationQuery parse(Raw r, OrganisationNames names) {
        String q = text(r.q());
        Set<String> agencies = values(r.agencies(), "agency", a -> {
            if (!names.isAgency(a)) {
                throw new IllegalArgumentException();
            }
            return a;
        });
        Set<PublicationCategory> categories = values(r.categories(), "category", PublicationCategory::valueOf);
        Set<PublicationType> types = values(r.types(), "type", PublicationType::valueOf);
        Set<FileFormat> formats = values(r.formats(), "format", FileFormat::valueOf);
        Set<Integer> years = values(r.years(), "year", y -> {
            int v = Integer.parseInt(y);
            if (v < 1948 || v > 2200) {
                throw new IllegalArgumentException();
            }
            return v;
        });
        Order order = switch (r.sort() == null || r.sort().isBlank() ? "" : r.sort()) {
            case "" -> null;
            case "relevance" -> q == null ? Order.DATE : Order.RELEVANCE;
            case "date" -> Order.DATE;
            default -> throw new InvalidInput("open.search.unknownSort").onField("sort");
        };
        After after = r.cursor() == null || r.cursor().isBlank() ? null : decodeCursor(r.cursor());
        if (after != null && order == Order.RELEVANCE) {
            throw new InvalidInput("open.search.cursorNeedsDate").onField("cursor");
        }
        if (after != null) {
            order = Order.DATE;
        }
        if (r.limit() < 1 || r.limit() > MAX_PAGE_SIZE) {
            throw new InvalidInput("open.search.pageSize", MAX_PAGE_SIZE).onField("limit");
        }
        if (r.offset() < 0 || r.offset() > 10_000) {
            throw new InvalidInput("open.search.offset").onField("page");
        }
        return new PublicationQuery(q, agencies, categories, types, formats, years, order, r.offset(), r.limit(), after);
    }

    private static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_QUERY) {
            throw new InvalidInput("open.search.tooLong", MAX_QUERY).onField("q");
        }
        if (q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidInput("open.search.noWords").onField("q");
        }
        return q.strip();
    }

    private static <T> Set<T> values(Collection<String> raw, String field, Function<String, T> parse) {
        Set<T> out = new LinkedHashSet<>();
        if (raw == null) {
            return out;
        }
        for (String s : raw) {
            if (s == null || s.isBlank()) {
                continue;
            }
            if (s.length() > 40) {
                throw new InvalidInput("open.search.unknownFilter", field).onField(field);
            }
            try {
                out.add(parse.apply(field.equals("agency") ? s.strip() : s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("open.search.unknownFilter", field).onField(field);
            }
        }
        return out;
    }

    public static String encodeCursor(Instant publishedAt, long id) {
        String raw = publishedAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static After decodeCursor(String cursor) {
        try {
            if (cursor.length() > 64) {
                throw new IllegalArgumentException();
            }
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int colon = raw.indexOf(':');
            return new After(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))),
                    Long.parseLong(raw.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new InvalidInput("open.search.badCursor").onField("cursor");
        }
    }
}
