package org.madang.platform.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract on a folder, and what only a disk does: fill up half-way through a file. */
class DirectoryFileStoreTest extends FileStoreContract {
    @TempDir
    Path dir;

    @Override
    FileStore store() {
        return new DirectoryFileStore(dir);
    }

    @Override
    Caller begin() {
        return new Caller(store(), new ArrayList<>());
    }

    private long filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aStoredFileIsWholeUnderItsKeyAndNoTemporaryFileStaysBeside() throws IOException {
        String key = StorageKeys.newKey("open");
        byte[] content = bytes(100_000, 20);
        store().put(key, content);
        assertThat(dir.resolve(key)).hasBinaryContent(content);
        assertThat(filesUnder(dir)).isOne();
    }

    @Test
    void theKeysOfFilesStoredBeforeTheStoreExistedStillWork() throws IOException {
        // MADANG_FILES_DIR as the attachment and publication stores left it: same layout, nothing to move
        String key = "open/3f/3f2a9c1e-0b6d-4e8a-9f3b-2c1d0e9f8a7b.bin";
        Files.createDirectories(dir.resolve("open/3f"));
        Files.write(dir.resolve(key), new byte[] {4, 2});
        assertThat(store().read(key)).containsExactly(4, 2);
    }

    @Test
    void aDiskThatFillsUpHalfWayLeavesNoFileAndSaysSo() throws IOException {
        // the disk takes the first half, then refuses, as a full file system does (ENOSPC)
        FileStore full = new DirectoryFileStore(dir, (file, content, size) -> {
            Files.write(file, content.readNBytes((int) size / 2));
            throw new IOException("No space left on device");
        });
        String key = StorageKeys.newKey("");
        assertThatThrownBy(() -> full.put(key, new byte[4096]))
                .isInstanceOf(FileStore.NotStored.class)
                .hasRootCauseMessage("No space left on device");
        assertThat(filesUnder(dir)).as("neither the half-written temporary file nor a stored one").isZero();
    }

    @Test
    void aStorageThatCannotEvenCreateTheFolderSaysSoToo() throws IOException {
        Path notAFolder = dir.resolve("blocked");
        Files.writeString(notAFolder, "a file where the folder should be");
        FileStore blocked = new DirectoryFileStore(notAFolder);
        assertThatThrownBy(() -> blocked.put(StorageKeys.newKey(""), new byte[] {1, 2, 3}))
                .isInstanceOf(FileStore.NotStored.class);
        assertThat(filesUnder(dir)).isOne();
    }

    @Test
    void theDefaultFolderIsFilesInTheServersOutputDirectory() {
        assertThat(FileStores.directory(java.util.Optional.of("${MADANG_FILES_DIR}")).getFileName().toString())
                .isEqualTo("files");
        assertThat(FileStores.directory(java.util.Optional.of("/srv/madang/files"))).isEqualTo(Path.of("/srv/madang/files"));
    }
}
