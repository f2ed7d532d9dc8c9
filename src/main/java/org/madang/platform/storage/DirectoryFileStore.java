package org.madang.platform.storage;

import jakarta.enterprise.inject.Vetoed;
import org.madang.platform.infrastructure.WholeFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code MADANG_FILE_STORE=directory}: files in a folder, the key being the path below it. One
 * server's own disk, or a volume all servers mount (NFS, a Kubernetes ReadWriteMany volume). Writes
 * are whole-or-nothing ({@link WholeFiles}), so a full disk leaves nothing behind.
 */
@Vetoed
public final class DirectoryFileStore implements FileStore {
    private final Path root;
    private final WholeFiles.Sink sink;

    public DirectoryFileStore(Path root) {
        this(root, WholeFiles.FORCED);
    }

    /** @param sink how bytes reach the disk (a test's stand-in fills it half-way) */
    public DirectoryFileStore(Path root, WholeFiles.Sink sink) {
        this.root = root.toAbsolutePath().normalize();
        this.sink = sink;
    }

    @Override
    public void put(String key, InputStream content, long size) {
        try {
            WholeFiles.writeNew(resolve(key), content, size, sink);
        } catch (FileAlreadyExistsException e) {
            throw new KeyTaken(key);
        } catch (IOException e) {
            throw new NotStored("cannot store a file in " + root, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (NoSuchFileException e) {
            throw new Missing(key, e);
        } catch (IOException e) {
            throw new NotStored("cannot read a file in " + root, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new NotStored("cannot delete a file in " + root, e);
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    public Path root() {
        return root;
    }

    private Path resolve(String key) {
        return root.resolve(StorageKeys.check(key));
    }
}
