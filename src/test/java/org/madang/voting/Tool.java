package org.madang.voting;

import org.madang.testsupport.InContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the independent verifier, belenios-tool 2.0 (/usr/bin/belenios-tool), for the voting ITs. */
@InContainer
public final class Tool {
    static final Path EXE = Path.of("/usr/bin/belenios-tool");

    public record Run(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private Tool() {
    }

    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(EXE.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("belenios-out", ".txt");
        Path err = Files.createTempFile("belenios-err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile())).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("belenios-tool timed out: " + cmd);
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** A fresh directory holding only {@code <uuid>.bel}, as {@code election verify} wants it. */
    static Path archiveDir(Path parent, String uuid, byte[] bel) throws IOException {
        Path dir = Files.createTempDirectory(parent, "bel");
        Files.write(dir.resolve(uuid + ".bel"), bel);
        return dir;
    }

    public static Run verify(Path parent, String uuid, byte[] bel) throws IOException, InterruptedException {
        Path dir = archiveDir(parent, uuid, bel);
        return run(dir, "election", "verify", "--dir", dir.toString());
    }

    static Run verifyDiff(Path parent, String uuid, byte[] earlier, byte[] later) throws IOException, InterruptedException {
        Path d1 = archiveDir(parent, uuid, earlier);
        Path d2 = archiveDir(parent, uuid, later);
        return run(parent, "election", "verify-diff", "--dir1", d1.toString(), "--dir2", d2.toString());
    }
}
