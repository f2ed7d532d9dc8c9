package org.madang.platform.web;

/**
 * The position of a keyset-paged list in a page's address: {@code before-N} (the rows older than
 * row N), {@code after-N} (the rows newer than row N). Anything else, an edited address included,
 * is the start of the list.
 */
public final class Cursor {
    private static final String BEFORE = "before-";
    private static final String AFTER = "after-";

    private Cursor() {
    }

    public static String before(long key) {
        return BEFORE + key;
    }

    public static String after(long key) {
        return AFTER + key;
    }

    /** The key of a "before" cursor, else null. */
    public static Long before(String cursor) {
        return key(cursor, BEFORE);
    }

    /** The key of an "after" cursor, else null. */
    public static Long after(String cursor) {
        return key(cursor, AFTER);
    }

    private static Long key(String cursor, String prefix) {
        if (cursor == null || !cursor.startsWith(prefix) || cursor.length() > prefix.length() + 19) {
            return null;
        }
        try {
            long k = Long.parseLong(cursor.substring(prefix.length()));
            return k > 0 ? k : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
