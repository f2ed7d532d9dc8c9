package org.madang.forum.petition.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the next page of the petition list starts (keyset paging): the last petition shown, by
 * the sort's key and its id. Newest first: {@code d<seconds>.<nanos>.<id>}; most supported first:
 * {@code s<supports>.<id>}. A deep page costs what the first one does. A support given between two
 * pages may move a petition across the cursor (a list sorted by a live count cannot be both
 * stable and current); it is never shown twice on one page.
 */
public record PetitionCursor(boolean bySupports, Instant publishedAt, int supports, long id) {

    static PetitionCursor after(PetitionViews.PetitionView last, boolean bySupports) {
        return new PetitionCursor(bySupports, last.publishedAt(), last.supportCount(), last.id());
    }

    public String encode() {
        return bySupports ? "s" + supports + "." + id
                : "d" + publishedAt.getEpochSecond() + "." + publishedAt.getNano() + "." + id;
    }

    /** The cursor a client sent back, if it is one made for this sort; anything else is empty. */
    public static Optional<PetitionCursor> decode(String text, boolean bySupports) {
        if (text == null || text.length() < 2 || text.length() > 60 || text.charAt(0) != (bySupports ? 's' : 'd')) {
            return Optional.empty();
        }
        String[] parts = text.substring(1).split("\\.", -1);
        try {
            if (bySupports && parts.length == 2) {
                int supports = Integer.parseInt(parts[0]);
                long id = Long.parseLong(parts[1]);
                return supports < 0 || id < 1 ? Optional.empty() : Optional.of(new PetitionCursor(true, null, supports, id));
            }
            if (!bySupports && parts.length == 3) {
                long seconds = Long.parseLong(parts[0]);
                int nanos = Integer.parseInt(parts[1]);
                long id = Long.parseLong(parts[2]);
                if (nanos < 0 || nanos > 999_999_999 || id < 1) {
                    return Optional.empty();
                }
                return Optional.of(new PetitionCursor(false, Instant.ofEpochSecond(seconds, nanos), 0, id));
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
