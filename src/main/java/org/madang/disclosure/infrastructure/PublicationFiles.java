package org.madang.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.platform.storage.StoredFiles;

import java.io.InputStream;

/**
 * Published files (and disclosure releases) in the portal's file store ({@code MADANG_FILE_STORE}),
 * folder {@code open/}, under random keys. A file written by a transaction that rolls back is
 * removed, so nothing is half-published ({@link StoredFiles}).
 */
@ApplicationScoped
public class PublicationFiles {
    static final String FOLDER = "open";

    @Inject
    StoredFiles files;

    public record Written(String key, String sha256) {
    }

    public Written write(byte[] content) {
        StoredFiles.Written w = files.write(FOLDER, content);
        return new Written(w.key(), w.sha256());
    }

    public InputStream open(String key) {
        return files.open(key);
    }

    public byte[] read(String key) {
        return files.read(key);
    }

    /** Deletes once the current transaction has committed (a draft's replaced file). */
    public void deleteAfterCommit(String key) {
        files.deleteAfterCommit(key);
    }
}
