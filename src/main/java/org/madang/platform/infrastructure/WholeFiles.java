package org.madang.platform.infrastructure;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that exist whole or not at all (the directory file store): the bytes go to a temporary
 * file beside the target, are forced to the disk, and only then get the target's name. A crash
 * leaves at most a temporary file, never a short file under a name a database row points to; a
 * write that fails (a full disk) removes what it wrote and throws. A name that is taken stays as
 * it is: the new file gets its name by a hard link, which, unlike a rename, never replaces one.
 */
public final class WholeFiles {
    /** Writes exactly {@code size} bytes into a new, empty file (a test's stand-in fills the disk half-way). */
    public interface Sink {
        void write(Path file, InputStream content, long size) throws IOException;
    }

    /** The real one: every byte written, then forced to the disk. */
    public static final Sink FORCED = WholeFiles::writeAndForce;

    private WholeFiles() {
    }

    /**
     * Writes {@code content} under {@code target} whole, or leaves nothing and throws; a target that
     * exists is left as it is and answered by {@link FileAlreadyExistsException}.
     */
    public static void writeNew(Path target, InputStream content, long size, Sink sink) throws IOException {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "upload-", ".tmp");
            sink.write(tmp, content, size);
            name(tmp, target);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp); // after a link: the name that stays is the target
            }
        }
    }

    private static void name(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            // a shared file system without hard links: look, then rename (keys are random, so a race is moot)
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        }
    }

    private static void writeAndForce(Path file, InputStream content, long size) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[1 << 16];
            long left = size;
            while (left > 0) {
                int n = content.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException("the content ended " + left + " bytes early");
                }
                ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
                while (b.hasRemaining()) {
                    out.write(b);
                }
                left -= n;
            }
            if (content.read() >= 0) {
                throw new IOException("the content is longer than " + size + " bytes");
            }
            out.force(true); // on the disk before a row naming it may commit
        }
    }
}
