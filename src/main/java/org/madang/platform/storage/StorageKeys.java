package org.madang.platform.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Storage keys: an optional folder, two hex characters (so no folder of a directory store holds
 * millions of files) and a random UUID, e.g. {@code open/3f/3f2a…c9.bin}. Made here and nowhere
 * else; a key that does not look like one is refused before any store uses it, so no key can walk
 * out of its folder or bucket.
 */
public final class StorageKeys {
    private static final Pattern KEY = Pattern.compile(
            "(?:[a-z]{1,20}/)?[0-9a-f]{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.bin");
    private static final Pattern FOLDER = Pattern.compile("[a-z]{1,20}");

    private StorageKeys() {
    }

    /** A new key in {@code folder} (empty: at the top). */
    public static String newKey(String folder) {
        if (!folder.isEmpty() && !FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("not a storage folder: " + folder);
        }
        String uuid = UUID.randomUUID().toString();
        return (folder.isEmpty() ? "" : folder + "/") + uuid.substring(0, 2) + "/" + uuid + ".bin";
    }

    /** The key itself, if it is one. */
    public static String check(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key");
        }
        return key;
    }
}
