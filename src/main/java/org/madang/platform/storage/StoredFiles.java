package org.madang.platform.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.madang.platform.error.Failures;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The file store as the transaction that names a file sees it. The order of writes: the file is
 * stored whole first, then the row that names it is written, in the caller's transaction; if that
 * rolls back, the file is removed again. A file is deleted only once the transaction that forgot it
 * has committed. So a committed row always finds its file; the worst a crash can leave is a file no
 * row names. (The database store joins the transaction itself, and needs neither step.)
 */
@ApplicationScoped
public class StoredFiles {
    private static final Logger LOG = Logger.getLogger(StoredFiles.class.getName());

    @Inject
    FileStore store;
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** A file stored: its key, and its SHA-256 in hex. */
    public record Written(String key, String sha256) {
    }

    public StoredFiles() {
    }

    /** For tests and tools: a given store, with the transaction registry (or none). */
    public StoredFiles(FileStore store, TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** Stores {@code content} under a new key in {@code folder}; throws {@link FileStore.NotStored}, leaving nothing. */
    public Written write(String folder, byte[] content) {
        String key = StorageKeys.newKey(folder);
        try {
            store.put(key, content);
        } catch (FileStore.NotStored e) {
            LOG.warning(() -> "file of " + content.length + " bytes not stored: " + Failures.describe(e));
            throw e;
        }
        if (!store.joinsTransactions()) {
            afterCompletion(committed -> {
                if (!committed) {
                    deleteNow(key);
                }
            });
        }
        return new Written(key, sha256(content));
    }

    public InputStream open(String key) {
        return store.open(key);
    }

    public byte[] read(String key) {
        return store.read(key);
    }

    public boolean exists(String key) {
        return store.exists(key);
    }

    /** Deletes the file once the current transaction has committed (never if it rolls back). */
    public void deleteAfterCommit(String key) {
        StorageKeys.check(key);
        if (store.joinsTransactions()) {
            store.delete(key);
            return;
        }
        afterCompletion(committed -> {
            if (committed) {
                deleteNow(key);
            }
        });
    }

    private void deleteNow(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            // a file no row names: harmless, only space
            LOG.warning(() -> "could not delete stored file " + key + ": " + Failures.describe(e));
        }
    }

    private void afterCompletion(Consumer<Boolean> action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            action.accept(true);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the file is already stored
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
