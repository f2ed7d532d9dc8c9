package org.madang.platform.storage;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link FileStore} promises, run against each adapter (directory, database, S3): a
 * subclass gives the store and the caller's transaction as that store sees one.
 */
abstract class FileStoreContract {
    /** The largest file the portal accepts (MADANG_OPEN_MAX_BYTES; attachments: 10 MB). */
    static final int LARGEST = 20 * 1024 * 1024;

    /** The store under test, on the test's own storage. */
    abstract FileStore store();

    /** A caller's transaction: rows it writes, and the store's files, commit or roll back together. */
    abstract Caller begin() throws Exception;

    static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void aFileComesBackAsItWasStored() {
        String key = StorageKeys.newKey("open");
        byte[] content = bytes(100_000, 1);
        store().put(key, content);
        assertThat(store().exists(key)).isTrue();
        assertThat(store().read(key)).isEqualTo(content);
    }

    @Test
    void anEmptyFileIsAFileToo() {
        String key = StorageKeys.newKey("");
        store().put(key, new byte[0]);
        assertThat(store().exists(key)).isTrue();
        assertThat(store().read(key)).isEmpty();
    }

    @Test
    void theLargestFileAcceptedComesBackWhole() throws IOException {
        String key = StorageKeys.newKey("");
        byte[] content = bytes(LARGEST, 2);
        store().put(key, new ByteArrayInputStream(content), content.length);
        try (InputStream in = store().open(key)) {
            assertThat(StoredFiles.sha256(in.readAllBytes())).isEqualTo(StoredFiles.sha256(content));
        }
    }

    @Test
    void aKeyWithNoFileIsMissing() {
        String key = StorageKeys.newKey("open");
        assertThat(store().exists(key)).isFalse();
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(FileStore.Missing.class);
        assertThatThrownBy(() -> store().read(key)).isInstanceOf(FileStore.Missing.class);
    }

    @Test
    void aDeletedFileIsGoneAndDeletingAgainIsNoError() {
        String key = StorageKeys.newKey("");
        store().put(key, bytes(10, 3));
        store().delete(key);
        assertThat(store().exists(key)).isFalse();
        assertThatThrownBy(() -> store().read(key)).isInstanceOf(FileStore.Missing.class);
        store().delete(key);
    }

    @Test
    void aKeyIsWrittenOnceTheSecondPutIsRefusedAndTheFirstFileStays() {
        String key = StorageKeys.newKey("open");
        byte[] first = bytes(5_000, 4);
        store().put(key, first);
        assertThatThrownBy(() -> store().put(key, bytes(7_000, 5))).isInstanceOf(FileStore.KeyTaken.class);
        assertThat(store().read(key)).isEqualTo(first);
    }

    @Test
    void onlyKeysMadeByStorageKeysAreAccepted() {
        for (String bad : List.of("../../etc/passwd", "open/../../x.bin", "/tmp/x.bin", "open/ab/name.pdf", "")) {
            assertThatThrownBy(() -> store().put(bad, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().exists(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().delete(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSourceThatFailsHalfWayLeavesNothingAndEarlierFilesStay() {
        String kept = StorageKeys.newKey("");
        byte[] keptContent = bytes(3_000, 6);
        store().put(kept, keptContent);
        String key = StorageKeys.newKey("");
        byte[] content = bytes(1024 * 1024, 7);
        assertThatThrownBy(() -> store().put(key, new FailingHalfWay(content), content.length))
                .isInstanceOf(FileStore.NotStored.class);
        assertThat(store().exists(key)).isFalse();
        assertThat(store().read(kept)).isEqualTo(keptContent);
    }

    @Test
    void aSourceShorterThanAnnouncedIsNotStored() {
        String key = StorageKeys.newKey("");
        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(bytes(100, 8)), 200))
                .isInstanceOf(FileStore.NotStored.class);
        assertThat(store().exists(key)).isFalse();
    }

    // The order of writes, as a caller sees it: file first, then the row; undone on rollback.

    @Test
    void aFileWhoseTransactionRollsBackIsGoneSoNoRowEverNamesAMissingFile() throws Exception {
        Caller tx = begin();
        StoredFiles.Written w = tx.files().write("open", bytes(2_000, 9));
        tx.row(w.key());
        tx.rollback();
        assertThat(store().exists(w.key())).isFalse();
        assertThat(tx.committedRows()).isEmpty();
    }

    @Test
    void aCommittedRowAlwaysFindsItsWholeFile() throws Exception {
        Caller tx = begin();
        byte[] content = bytes(2_000, 10);
        StoredFiles.Written w = tx.files().write("", content);
        tx.row(w.key());
        tx.commit();
        assertThat(tx.committedRows()).containsExactly(w.key());
        assertThat(store().read(w.key())).isEqualTo(content);
        assertThat(w.sha256()).isEqualTo(StoredFiles.sha256(content));
    }

    @Test
    void aStoreThatFailsBeforeTheRowIsWrittenLosesNothingAcknowledged() throws Exception {
        Caller first = begin();
        StoredFiles.Written acknowledged = first.files().write("", bytes(1_000, 11));
        first.row(acknowledged.key());
        first.commit();

        Caller second = begin();
        // the store breaks during the next file: the caller never gets to write its row
        StoredFiles broken = new StoredFiles(new BreaksHalfWay(second.files()), null);
        assertThatThrownBy(() -> broken.write("", bytes(1024 * 1024, 12))).isInstanceOf(FileStore.NotStored.class);
        second.rollback();

        assertThat(first.committedRows()).containsExactly(acknowledged.key());
        assertThat(store().exists(acknowledged.key())).isTrue();
    }

    @Test
    void aFileIsDeletedOnlyWhenTheTransactionThatForgotItCommits() throws Exception {
        Caller setup = begin();
        String key = setup.files().write("", bytes(500, 13)).key();
        setup.commit();

        Caller rolledBack = begin();
        rolledBack.files().deleteAfterCommit(key);
        rolledBack.rollback();
        assertThat(store().exists(key)).as("the row that still names it finds it").isTrue();

        Caller committed = begin();
        committed.files().deleteAfterCommit(key);
        committed.commit();
        assertThat(store().exists(key)).isFalse();
    }

    /** A stream that gives half its bytes, then fails as a dropped upload or a dead disk would. */
    static final class FailingHalfWay extends InputStream {
        private final byte[] content;
        private int at;

        FailingHalfWay(byte[] content) {
            this.content = content;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= content.length / 2) {
                throw new IOException("connection reset");
            }
            int n = Math.min(len, content.length / 2 - at);
            System.arraycopy(content, at, b, off, n);
            at += n;
            return n;
        }
    }

    /** The caller's store, except that every put's source fails half-way. */
    private final class BreaksHalfWay implements FileStore {
        private final FileStore inner;

        BreaksHalfWay(StoredFiles files) {
            this.inner = files.store;
        }

        @Override
        public void put(String key, InputStream content, long size) {
            try {
                inner.put(key, new FailingHalfWay(content.readAllBytes()), size);
            } catch (IOException e) {
                throw new NotStored("test", e);
            }
        }

        @Override
        public InputStream open(String key) {
            return inner.open(key);
        }

        @Override
        public boolean exists(String key) {
            return inner.exists(key);
        }

        @Override
        public void delete(String key) {
            inner.delete(key);
        }

        @Override
        public boolean joinsTransactions() {
            return inner.joinsTransactions();
        }

        @Override
        public String describe() {
            return "breaking " + inner.describe();
        }
    }

    /**
     * A caller's transaction: the rows it writes (here: the keys they name) become visible on commit
     * only, and the JTA synchronizations registered meanwhile hear how it ended.
     */
    static class Caller implements TransactionSynchronizationRegistry {
        private final List<Synchronization> synchronizations = new ArrayList<>();
        private final List<String> rows = new ArrayList<>();
        private final List<String> committed;
        private final StoredFiles files;

        Caller(FileStore store, List<String> committed) {
            this.files = new StoredFiles(store, this);
            this.committed = committed;
        }

        StoredFiles files() {
            return files;
        }

        void row(String key) {
            rows.add(key);
        }

        List<String> committedRows() {
            return committed;
        }

        void commit() throws Exception {
            committed.addAll(rows);
            end(Status.STATUS_COMMITTED);
        }

        void rollback() throws Exception {
            end(Status.STATUS_ROLLEDBACK);
        }

        void end(int status) throws Exception {
            synchronizations.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        private final Map<Object, Object> resources = new LinkedHashMap<>();

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            // the test decides how it ends
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
