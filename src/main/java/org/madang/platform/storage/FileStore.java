package org.madang.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Where the portal keeps the files people give it (attachments, published files): a folder, the
 * database or an S3-compatible object store, chosen by {@code MADANG_FILE_STORE} (see
 * {@link FileStores}). Keys come from {@link StorageKeys} only, never from what a person typed.
 * A file is stored whole or not at all, and a key, once used, is never written again: a second put
 * under it is refused ({@link KeyTaken}), so a row that names a key always gets the bytes it was
 * written with.
 */
public interface FileStore {
    /** Stores exactly {@code size} bytes read from {@code content} under a new key, or nothing and throws. */
    void put(String key, InputStream content, long size);

    default void put(String key, byte[] content) {
        put(key, new ByteArrayInputStream(content), content.length);
    }

    /** The bytes under {@code key}; the caller closes the stream. Throws {@link Missing} if there are none. */
    InputStream open(String key);

    default byte[] read(String key) {
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NotStored("file " + key + " could not be read", e);
        }
    }

    boolean exists(String key);

    /** Removes the file under {@code key}; nothing happens when there is none. */
    void delete(String key);

    /**
     * True when puts and deletes join the caller's (JTA) transaction and so commit or roll back with
     * its rows; false when they happen at once and the caller must undo a put whose transaction rolls
     * back (see {@link StoredFiles}).
     */
    default boolean joinsTransactions() {
        return false;
    }

    /** What the store is, for the log: never a credential. */
    String describe();

    /** Frees the store's connections (the S3 client); the others hold none. */
    default void close() {
    }

    /** The bytes could not be stored or read (disk full, storage out of reach); nothing half-written is left. */
    class NotStored extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        public NotStored(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** A put under a key that already holds a file: the file there is left as it was. */
    class KeyTaken extends NotStored {
        private static final long serialVersionUID = 1L;

        public KeyTaken(String key) {
            super("storage key " + key + " is taken", new IOException("key taken"));
        }
    }

    /** No file under the key (never stored, deleted, or the storage lost it). */
    class Missing extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        public Missing(String key, IOException cause) {
            super("no file under storage key " + key, cause);
        }
    }
}
