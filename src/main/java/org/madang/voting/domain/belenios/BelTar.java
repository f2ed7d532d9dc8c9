package org.madang.voting.domain.belenios;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The old-style tar container of a {@code .bel} file, as Belenios writes it: no ustar magic, no
 * end-of-archive blocks, mode 0000644, uid/gid 0, size and mtime as %011o, checksum as "%06o\0 ",
 * typeflag '0', content zero-padded to 512-byte blocks.
 */
final class BelTar {
    static final int BLOCK = 512;

    /** One member: its name, where its content lies in the archive, and its modification time. */
    record Member(String name, int offset, int length, long mtime) {
        byte[] content(byte[] archive) {
            return Arrays.copyOfRange(archive, offset, offset + length);
        }
    }

    /** Where written bytes go: a buffer, or a comparison with existing bytes. */
    interface Sink {
        void write(byte[] b, int off, int len);

        default void write(byte[] b) {
            write(b, 0, b.length);
        }
    }

    /** Bytes written straight to a stream (an archive too large to hold in memory). */
    static Sink to(OutputStream stream) {
        return (b, off, len) -> {
            try {
                stream.write(b, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A growable buffer. */
    static final class Buffer implements Sink {
        private final ByteArrayOutputStream out;

        Buffer(int size) {
            out = new ByteArrayOutputStream(size);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            out.write(b, off, len);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }

        void reset(byte[] content) {
            out.reset();
            out.writeBytes(content);
        }
    }

    /** Compares what is written with expected bytes, without keeping a copy; remembers the first difference. */
    static final class Comparison implements Sink {
        private final byte[] expected;
        private long pos;
        private long firstDifference = -1;

        Comparison(byte[] expected) {
            this.expected = expected;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = 0; i < len && firstDifference < 0; i++) {
                if (pos + i >= expected.length || expected[(int) (pos + i)] != b[off + i]) {
                    firstDifference = pos + i;
                }
            }
            pos += len;
        }

        /** -1 when the written bytes are exactly the expected ones. */
        long firstDifference() {
            if (firstDifference < 0 && pos != expected.length) {
                return Math.min(pos, expected.length);
            }
            return firstDifference;
        }
    }

    private BelTar() {
    }

    static List<Member> read(byte[] bel) {
        List<Member> out = new ArrayList<>();
        int pos = 0;
        while (pos < bel.length) {
            if (bel.length - pos < BLOCK) {
                throw malformed("truncated tar header at offset " + pos);
            }
            if (isZeroBlock(bel, pos)) {
                throw new BeleniosException(FailureCode.NON_CANONICAL_ARCHIVE,
                        "end-of-archive blocks at offset " + pos + " (Belenios writes none)");
            }
            int nameEnd = pos;
            while (nameEnd < pos + 100 && bel[nameEnd] != 0) {
                nameEnd++;
            }
            String name = new String(bel, pos, nameEnd - pos, StandardCharsets.US_ASCII);
            long size = octal(bel, pos + 124, 11, "size");
            long mtime = octal(bel, pos + 136, 11, "mtime");
            int start = pos + BLOCK;
            if (size > bel.length - start) {
                throw malformed("member " + name + " is truncated");
            }
            out.add(new Member(name, start, (int) size, mtime));
            pos = start + (int) ((size + BLOCK - 1) / BLOCK) * BLOCK;
        }
        return out;
    }

    private static final byte[] ZEROS = new byte[BLOCK];

    static void write(Sink out, String name, byte[] content, long timestamp) {
        byte[] h = new byte[BLOCK];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", (long) content.length));
        put(h, 136, String.format("%011o", timestamp));
        put(h, 148, "        ");
        put(h, 156, "0");
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum) + "\0 ");
        out.write(h);
        out.write(content);
        out.write(ZEROS, 0, (BLOCK - content.length % BLOCK) % BLOCK);
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }

    private static long octal(byte[] b, int at, int len, String what) {
        long v = 0;
        for (int i = at; i < at + len; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 7) {
                throw malformed("bad octal " + what + " in tar header");
            }
            v = v * 8 + d;
        }
        return v;
    }

    private static boolean isZeroBlock(byte[] b, int at) {
        for (int i = at; i < at + BLOCK; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static BeleniosException malformed(String m) {
        return new BeleniosException(FailureCode.MALFORMED_ARCHIVE, m);
    }
}
