package org.madang.services.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.madang.platform.error.Failures;
import org.madang.platform.infrastructure.WholeFiles;

/**
 * Attachment bytes on disk, outside the web application: in {@code MADANG_FILES_DIR} (default
 * {@code ${server.output.dir}/files}), under random names, so no URL ever reaches them and only
 * the rights-checking download can. Writes and deletes follow the database transaction: a file
 * written by a transaction that rolls back is removed, and a delete happens only after commit.
 * The bytes reach the disk (written to a temporary file, forced, then renamed) before the row can
 * commit, so a committed row always has its whole file; a write that fails half-way (a full disk)
 * leaves no file behind and throws {@link NotStored}.
 */
@ApplicationScoped
public class AttachmentStore {
    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}\\.bin");

    @Inject
    @ConfigProperty(name = "MADANG_FILES_DIR")
    Optional<String> filesDir;
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** A file written: where it is, and its SHA-256 in hex. */
    public record Stored(String key, String sha256) {
    }

    /** The bytes could not be stored (disk full, storage gone); nothing of them is left on disk. */
    public static class NotStored extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        public NotStored(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** How bytes reach the disk (the seam a test uses to fill the disk half-way). */
    WholeFiles.Sink sink = WholeFiles.FORCED;

    public Stored write(byte[] content) {
        String uuid = UUID.randomUUID().toString();
        String key = uuid.substring(0, 2) + "/" + uuid + ".bin";
        Path target = resolve(key);
        try {
            WholeFiles.write(target, content, sink);
        } catch (IOException e) {
            LOG.warning(() -> "attachment of " + content.length + " bytes not stored: " + Failures.describe(e));
            throw new NotStored("cannot store an attachment in " + root(), e);
        }
        afterCompletion(committed -> {
            if (!committed) {
                deleteNow(key);
            }
        });
        return new Stored(key, sha256(content));
    }

    public byte[] read(String key) {
        try {
            return Files.readAllBytes(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + key + " is missing from " + root(), e);
        }
    }

    /** Deletes the file once the current transaction has committed (never if it rolls back). */
    public void deleteAfterCommit(String key) {
        afterCompletion(committed -> {
            if (committed) {
                deleteNow(key);
            }
        });
    }

    public Path root() {
        String dir = filesDir.filter(d -> !d.isBlank() && !d.contains("${")).orElseGet(() ->
                Path.of(System.getProperty("server.output.dir", System.getProperty("user.dir")), "files").toString());
        return Path.of(dir).toAbsolutePath().normalize();
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return root().resolve(key);
    }

    private void deleteNow(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "could not delete attachment " + key + ": " + Failures.describe(e));
        }
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            action.accept(true);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the file is already on disk
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
