package org.madang.platform.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one {@link FileStore} of the application, chosen by {@code MADANG_FILE_STORE}:
 * {@code directory} (the default: {@code MADANG_FILES_DIR}), {@code database} or {@code s3}
 * ({@code MADANG_S3_*}). With several servers, every one must be given the same choice.
 */
@ApplicationScoped
public class FileStores {
    private static final Logger LOG = Logger.getLogger(FileStores.class.getName());

    @Inject
    @ConfigProperty(name = "MADANG_FILE_STORE", defaultValue = "directory")
    String kind;
    @Inject
    @ConfigProperty(name = "MADANG_FILES_DIR")
    Optional<String> filesDir;
    @Inject
    @ConfigProperty(name = "MADANG_S3_ENDPOINT")
    Optional<String> s3Endpoint;
    @Inject
    @ConfigProperty(name = "MADANG_S3_BUCKET")
    Optional<String> s3Bucket;
    @Inject
    @ConfigProperty(name = "MADANG_S3_REGION", defaultValue = "us-east-1")
    String s3Region;
    @Inject
    @ConfigProperty(name = "MADANG_S3_PATH_STYLE", defaultValue = "false")
    boolean s3PathStyle;
    @Inject
    @ConfigProperty(name = "MADANG_S3_ACCESS_KEY")
    Optional<String> s3AccessKey;
    @Inject
    @ConfigProperty(name = "MADANG_S3_SECRET_KEY")
    Optional<String> s3SecretKey;
    @Resource(lookup = "jdbc/madang")
    DataSource dataSource;

    @Produces
    @ApplicationScoped
    FileStore fileStore() {
        FileStore store = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "directory" -> new DirectoryFileStore(directory(filesDir));
            case "database" -> new DatabaseFileStore(dataSource);
            case "s3" -> new S3FileStore(new S3FileStore.Settings(set(s3Endpoint).map(URI::create),
                    set(s3Bucket).orElse(""), s3Region, s3PathStyle, set(s3AccessKey), set(s3SecretKey)));
            default -> throw new IllegalStateException("MADANG_FILE_STORE must be directory, database or s3");
        };
        LOG.info(() -> "files are kept in the " + store.describe());
        return store;
    }

    /**
     * Builds the store as the application starts: a missing or wrong setting (no bucket, an unknown
     * kind) stops the start and names the setting, as {@code RequiredSettings} does, instead of
     * failing the first upload.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started, FileStore store) {
        store.describe();
    }

    void close(@Disposes FileStore store) {
        store.close();
    }

    /** {@code MADANG_FILES_DIR}, or {@code files} in the server's output directory. */
    public static Path directory(Optional<String> configured) {
        return set(configured).map(Path::of).orElseGet(() ->
                Path.of(System.getProperty("server.output.dir", System.getProperty("user.dir")), "files"));
    }

    /** A setting given a value (an unset server variable arrives as its own {@code ${…}} text). */
    private static Optional<String> set(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty() && !v.contains("${"));
    }
}
