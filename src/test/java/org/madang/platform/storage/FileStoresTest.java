package org.madang.platform.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MADANG_FILE_STORE picks the adapter; a setting missing for it stops the store, naming the setting. */
class FileStoresTest {
    @TempDir
    Path dir;

    private FileStores configured(String kind) {
        FileStores f = new FileStores();
        f.kind = kind;
        f.filesDir = Optional.of(dir.toString());
        f.s3Endpoint = Optional.of("${MADANG_S3_ENDPOINT}"); // an unset server variable
        f.s3Bucket = Optional.empty();
        f.s3Region = "us-east-1";
        f.s3AccessKey = Optional.empty();
        f.s3SecretKey = Optional.empty();
        return f;
    }

    @Test
    void theDefaultIsTheFolder() {
        FileStore store = configured("directory").fileStore();
        assertThat(store).isInstanceOf(DirectoryFileStore.class);
        assertThat(((DirectoryFileStore) store).root()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(store.joinsTransactions()).isFalse();
    }

    @Test
    void theDatabaseStoreJoinsTransactions() {
        assertThat(configured(" Database ").fileStore()).isInstanceOf(DatabaseFileStore.class)
                .matches(FileStore::joinsTransactions);
    }

    @Test
    void s3WithoutABucketIsRefusedByName() {
        assertThatThrownBy(() -> configured("s3").fileStore()).hasMessageContaining("MADANG_S3_BUCKET");
    }

    @Test
    void anUnknownStoreIsRefused() {
        assertThatThrownBy(() -> configured("nfs").fileStore()).hasMessageContaining("directory, database or s3");
    }
}
