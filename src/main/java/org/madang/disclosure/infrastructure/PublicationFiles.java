package org.madang.disclosure.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.infrastructure.WholeFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Published files on disk, like the applications' attachments: in {@code MADANG_FILES_DIR}
 * (default {@code ${server.output.dir}/files}), folder {@code open/}, under random names. A file
 * written by a transaction that rolls back is removed, so nothing is half-published.
 */
@ApplicationScoped
public class PublicationFiles {
    private static final Logger LOG = Logger.getLogger(PublicationFiles.class.getName());
    private static final Pattern KEY = Pattern.compile("open/[0-9a-f]{2}/[0-9a-f-]{36}\\.bin");

    @Inject
    @ConfigProperty(name = "MADANG_FILES_DIR")
    Optional<String> filesDir;
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public record Written(String key, String sha256) {
    }

    public Written write(byte[] content) {
        String uuid = UUID.randomUUID().toString();
        String key = "open/" + uuid.substring(0, 2) + "/" + uuid + ".bin";
        Path target = resolve(key);
        try {
            WholeFiles.write(target, content, WholeFiles.FORCED); // whole before the row can commit
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a published file in " + root(), e);
        }
        afterCompletion(committed -> {
            if (!committed) {
                deleteNow(key);
            }
        });
        return new Written(key, sha256(content));
    }

    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("published file " + key + " is missing from " + root(), e);
        }
    }

    public byte[] read(String key) {
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes once the current transaction has committed (a draft's replaced file). */
    public void deleteAfterCommit(String key) {
        afterCompletion(committed -> {
            if (committed) {
                deleteNow(key);
            }
        });
    }

    private Path root() {
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
            LOG.log(Level.WARNING, "could not delete published file " + key, e);
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
                // the file is already on disk
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
