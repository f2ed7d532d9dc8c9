package org.madang.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.platform.storage.FileStore;
import org.madang.platform.storage.StoredFiles;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Attachment bytes in the portal's file store ({@code MADANG_FILE_STORE}), outside the web
 * application, under random keys, so no URL ever reaches them and only the rights-checking
 * download can. Writes and deletes follow the database transaction ({@link StoredFiles}); a write
 * that fails half-way (a full disk, the store out of reach) leaves nothing and throws {@link NotStored}.
 */
@ApplicationScoped
public class AttachmentStore {
    @Inject
    StoredFiles files;

    /** A file written: where it is, and its SHA-256 in hex. */
    public record Stored(String key, String sha256) {
    }

    /** The bytes could not be stored (disk full, storage gone); nothing of them is left. */
    public static class NotStored extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        public NotStored(String message, IOException cause) {
            super(message, cause);
        }
    }

    public Stored write(byte[] content) {
        try {
            StoredFiles.Written w = files.write("", content);
            return new Stored(w.key(), w.sha256());
        } catch (FileStore.NotStored e) {
            throw new NotStored("cannot store an attachment", e.getCause());
        }
    }

    public byte[] read(String key) {
        return files.read(key);
    }

    public boolean exists(String key) {
        return files.exists(key);
    }

    /** Deletes the file once the current transaction has committed (never if it rolls back). */
    public void deleteAfterCommit(String key) {
        files.deleteAfterCommit(key);
    }
}
