package org.madang.services.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachment bytes on disk: whole or not at all, even when the disk fills up half-way through a file. */
class AttachmentStoreTest {
    @TempDir
    Path dir;

    private AttachmentStore store() {
        AttachmentStore s = new AttachmentStore();
        s.filesDir = Optional.of(dir.toString());
        return s;
    }

    private long filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aStoredFileIsWholeUnderItsKeyAndNothingElseIsLeft() throws IOException {
        AttachmentStore s = store();
        byte[] content = new byte[100_000];
        Arrays.fill(content, (byte) 7);
        AttachmentStore.Stored stored = s.write(content);
        assertThat(s.read(stored.key())).isEqualTo(content);
        assertThat(stored.sha256()).hasSize(64);
        assertThat(filesUnder(dir)).as("no temporary file stays beside it").isOne();
    }

    @Test
    void aDiskThatFillsUpHalfWayLeavesNoFileAndSaysSo() throws IOException {
        AttachmentStore s = store();
        // the disk takes the first half, then refuses, as a full file system does (ENOSPC)
        s.sink = (file, content) -> {
            Files.write(file, Arrays.copyOf(content, content.length / 2));
            throw new IOException("No space left on device");
        };
        assertThatThrownBy(() -> s.write(new byte[4096]))
                .isInstanceOf(AttachmentStore.NotStored.class)
                .hasRootCauseMessage("No space left on device");
        assertThat(filesUnder(dir)).as("neither the half-written temporary file nor a stored one").isZero();
    }

    @Test
    void aStorageThatCannotEvenCreateTheFolderSaysSoToo() throws IOException {
        Path notAFolder = dir.resolve("blocked");
        Files.writeString(notAFolder, "a file where the folder should be");
        AttachmentStore s = new AttachmentStore();
        s.filesDir = Optional.of(notAFolder.toString());
        assertThatThrownBy(() -> s.write(new byte[] {1, 2, 3})).isInstanceOf(AttachmentStore.NotStored.class);
        assertThat(filesUnder(dir)).isOne();
    }
}
