package org.madang.platform.infrastructure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that exist whole or not at all (attachments, published files): the bytes go to a temporary
 * file beside the target, are forced to the disk, and only then get the target's name. A crash
 * leaves at most a temporary file, never a short file under a name a database row points to; a
 * write that fails (a full disk) removes what it wrote and throws.
 */
public final class WholeFiles {
    /** Writes bytes into a new, empty file (a test's stand-in fills the disk half-way). */
    public interface Sink {
        void write(Path file, byte[] content) throws IOException;
    }

    /** The real one: every byte written, then forced to the disk. */
    public static final Sink FORCED = WholeFiles::writeAndForce;

    private WholeFiles() {
    }

    /** Writes {@code content} under {@code target} whole, or leaves nothing and throws. */
    public static void write(Path target, byte[] content, Sink sink) throws IOException {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "upload-", ".tmp");
            sink.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (IOException | RuntimeException e) {
            removeQuietly(tmp, e);
            removeQuietly(target, e);
            throw e;
        }
    }

    private static void writeAndForce(Path file, byte[] content) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                out.write(b);
            }
            out.force(true); // on the disk before a row naming it may commit
        }
    }

    private static void removeQuietly(Path file, Exception failure) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
